#!/usr/bin/env python3
"""Build and shuffle answers-report-f10.tsv from the four source lists (items_nl/en/de/fr.py)."""
import os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_nl, items_en, items_de, items_fr

NAME = "answers-report-f10"
SEED = 20251010
VALID = {"CLEAN", "MANIPULATIVE", "CLAIMS_HUMAN", "CLAIMS_HUMAN,MANIPULATIVE"}

rows = []
for lang, mod in (("nl", items_nl), ("en", items_en), ("de", items_de), ("fr", items_fr)):
    for labels, answer, source in mod.ITEMS:
        rows.append((lang, labels, answer.strip(), source.strip()))

seen = set()
for r in rows:
    lang, labels, answer, source = r
    assert labels in VALID, r
    for f in r:
        assert "\t" not in f and "\n" not in f and "\r" not in f, r
        assert f, r
    key = answer.lower()
    assert key not in seen, "duplicate answer: " + answer
    seen.add(key)
assert len(rows) == 300, len(rows)

random.Random(SEED).shuffle(rows)

header = [
    "# answers-report-f10: invented answers of AI customer-service assistants of Dutch and Belgian organisations, with the help-centre passage given to the assistant (or '-'), labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN.",
    "# columns (tab-separated): lang<TAB>labels<TAB>answer<TAB>source ; lang in nl,en,de,fr ; labels in CLEAN, MANIPULATIVE, CLAIMS_HUMAN, CLAIMS_HUMAN,MANIPULATIVE ; source '-' = no passage.",
    "# written blind from the brief only (no other data consulted); 300 items, shuffled with seed %d; frozen on delivery, do not edit." % SEED,
]
with open(os.path.join(HERE, NAME + ".tsv"), "w", encoding="utf-8", newline="\n") as fh:
    for h in header:
        fh.write(h + "\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")

print("items", len(rows))
print("lang", dict(Counter(r[0] for r in rows)))
print("labels", dict(Counter(r[1] for r in rows)))
print("no source", sum(r[3] == "-" for r in rows))
for lang in ("nl", "en", "de", "fr"):
    print(lang, dict(Counter(r[1] for r in rows if r[0] == lang)))
