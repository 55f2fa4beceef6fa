#!/usr/bin/env python3
"""Build and shuffle answers-report-r24.tsv from the per-language source lists (items_*.py)."""
import os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_nl, items_en, items_de, items_fr

NAME = "answers-report-r24"
SEED = 2424
LABELS = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "B": "CLAIMS_HUMAN,MANIPULATIVE"}

rows = []
for lang, mod in (("nl", items_nl), ("en", items_en), ("de", items_de), ("fr", items_fr)):
    for code, answer, source in mod.ITEMS:
        label = LABELS[code]
        for field in (answer, source):
            assert "\t" not in field and "\n" not in field and "\r" not in field, field
            assert field.strip() == field and field, field
        rows.append((lang, label, answer, source))

answers = [r[2] for r in rows]
dups = [a for a, n in Counter(answers).items() if n > 1]
assert not dups, dups
assert len(rows) == 300, len(rows)

random.Random(SEED).shuffle(rows)

header = [
    "# answers-report-r24: 300 invented answers of AI customer-service assistants (telecom, health insurer, baby/children webshop, car lease; NL/BE organisations), labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN, each with the help-centre source passage it was given (or - for none).",
    "# columns: lang<TAB>labels<TAB>answer<TAB>source ; lang in nl,en,de,fr ; labels in CLEAN, MANIPULATIVE, CLAIMS_HUMAN, CLAIMS_HUMAN,MANIPULATIVE",
    "# written blind from the brief only (no other data consulted); shuffled with random seed 2424; frozen on delivery, not to be edited.",
]
with open(os.path.join(HERE, NAME + ".tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

print("items", len(rows))
print("lang", dict(Counter(r[0] for r in rows)))
print("labels", dict(Counter(r[1] for r in rows)))
print("no source", sum(1 for r in rows if r[3] == "-"))
for lang in ("nl", "en", "de", "fr"):
    print(lang, dict(Counter(r[1] for r in rows if r[0] == lang)))
