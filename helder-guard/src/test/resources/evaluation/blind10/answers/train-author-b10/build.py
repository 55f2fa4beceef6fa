#!/usr/bin/env python3
"""Build answers-train-b10.tsv from the hand-written source lists items_{nl,en,de,fr}.txt.

Source list format: one item per line, `CODE || answer || source`; lines starting with # are comments.
CODE: C=CLEAN, M=MANIPULATIVE, H=CLAIMS_HUMAN, HM=CLAIMS_HUMAN,MANIPULATIVE.
"""
import collections
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "answers-train-b10"
SEED = 20251010
CODES = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}

items = []
for lang in ("nl", "en", "de", "fr"):
    with open(os.path.join(HERE, f"items_{lang}.txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" || ")]
            assert len(parts) == 3, (lang, n, line)
            code, answer, source = parts
            assert code in CODES, (lang, n, code)
            for field in (answer, source):
                assert field and "\t" not in field and "\n" not in field and "\r" not in field, (lang, n)
            items.append((lang, CODES[code], answer, source))

answers = [it[2] for it in items]
dups = [a for a, c in collections.Counter(answers).items() if c > 1]
assert not dups, dups
assert len(items) == 300, len(items)

rng = random.Random(SEED)
rng.shuffle(items)

header = [
    f"# {NAME}: invented answers of AI customer-service assistants (NL/BE organisations) with the help-centre source they were given, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN.",
    "# columns: lang<TAB>labels<TAB>answer<TAB>source  (labels: CLEAN, MANIPULATIVE, CLAIMS_HUMAN or CLAIMS_HUMAN,MANIPULATIVE; source '-' = no source given)",
    "# written blind from the brief, without consulting any other data; frozen on delivery, do not edit.",
]
out = os.path.join(HERE, f"{NAME}.tsv")
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(header) + "\n")
    for it in items:
        fh.write("\t".join(it) + "\n")

by_lang = collections.Counter(it[0] for it in items)
by_label = collections.Counter(it[1] for it in items)
by_both = collections.Counter((it[0], it[1]) for it in items)
no_src = sum(1 for it in items if it[3] == "-")
print(out, len(items))
print("lang", dict(by_lang))
print("label", dict(by_label))
print("lang x label", dict(sorted(by_both.items())))
print("source '-':", no_src)
