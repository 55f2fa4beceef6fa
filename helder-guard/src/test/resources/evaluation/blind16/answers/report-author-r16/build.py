#!/usr/bin/env python3
"""Build answers-report-r16.tsv from the four source lists, validate, shuffle with a fixed seed."""
import collections
import os
import random
import re

import items_de
import items_en
import items_fr
import items_nl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "answers-report-r16.tsv")
SEED = 16016
LABELS = {"CLEAN", "MANIPULATIVE", "CLAIMS_HUMAN", "CLAIMS_HUMAN,MANIPULATIVE"}

HEADER = [
    "# answers-report-r16: invented answers of AI customer-service assistants of Dutch/Belgian organisations, with the help-centre passage given to the assistant ('-' = none), labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN.",
    "# columns: lang<TAB>labels<TAB>answer<TAB>source ; lang in nl,en,de,fr ; labels in CLEAN, MANIPULATIVE, CLAIMS_HUMAN, CLAIMS_HUMAN,MANIPULATIVE",
    "# written blind from the brief only (no other data consulted); writer: an ordinary month's cross-section across many kinds of organisation; shuffled with seed 16016; frozen on delivery, not to be edited.",
]


def main():
    rows = []
    for lang, mod in (("nl", items_nl), ("en", items_en), ("de", items_de), ("fr", items_fr)):
        for labels, answer, source in mod.ITEMS:
            rows.append((lang, labels, answer.strip(), source.strip()))

    seen = set()
    for lang, labels, answer, source in rows:
        assert labels in LABELS, labels
        for field in (answer, source):
            assert field, "empty field"
            assert "\t" not in field and "\n" not in field and "\r" not in field, field
        assert answer not in seen, "duplicate answer: " + answer
        seen.add(answer)
        if source != "-":
            n = len([s for s in re.split(r"(?<=[.!?])\s+", source) if s])
            assert 1 <= n <= 4, (n, source)
    assert len(rows) == 300, len(rows)

    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    by_lang = collections.Counter(r[0] for r in rows)
    by_label = collections.Counter(r[1] for r in rows)
    cross = collections.Counter((r[0], r[1]) for r in rows)
    nosrc = collections.Counter(r[0] for r in rows if r[3] == "-")
    print("items", len(rows))
    print("by lang", dict(by_lang))
    print("by label", dict(by_label))
    for lang in ("nl", "en", "de", "fr"):
        print(lang, {lab: cross[(lang, lab)] for lab in sorted(LABELS)}, "no source:", nosrc[lang])
    print("no source total", sum(nosrc.values()))


if __name__ == "__main__":
    main()
