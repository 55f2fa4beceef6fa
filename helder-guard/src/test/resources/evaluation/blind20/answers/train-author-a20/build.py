#!/usr/bin/env python3
"""Build answers-train-a20.tsv from the four item lists: check, shuffle with a fixed seed, write."""
import random, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items_nl, items_en, items_de, items_fr

NAME = "answers-train-a20"
SEED = 20020
LABELS = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "B": "CLAIMS_HUMAN,MANIPULATIVE"}

rows = []
for lang, mod in (("nl", items_nl), ("en", items_en), ("de", items_de), ("fr", items_fr)):
    for code, answer, source in mod.ITEMS:
        rows.append((lang, LABELS[code], answer.strip(), source.strip()))

# checks
assert len(rows) == 300, len(rows)
for r in rows:
    for f in r:
        assert f and "\t" not in f and "\n" not in f and "\r" not in f, r
answers = [r[2] for r in rows]
dups = [a for a, n in Counter(answers).items() if n > 1]
assert not dups, dups
lang_c = Counter(r[0] for r in rows)
lab_c = Counter(r[1] for r in rows)
dash = sum(1 for r in rows if r[3] == "-")
print("languages:", dict(lang_c))
print("labels:", dict(lab_c))
print("source '-':", dash, f"({dash/len(rows):.0%})")
for lang in ("nl", "en", "de", "fr"):
    print(lang, dict(Counter(r[1] for r in rows if r[0] == lang)))

random.Random(SEED).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".tsv")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# answers-train-a20: invented answers of AI customer-service assistants of Dutch/Belgian organisations, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (300 items)\n")
    f.write("# columns: lang<TAB>labels<TAB>answer<TAB>source  (source = help-centre passage given to the assistant, or - when none)\n")
    f.write("# written blind from the brief only (no other files, data or searches consulted); frozen on delivery, not to be edited\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print("wrote", out)
