#!/usr/bin/env python3
"""Build answers-train-a10.tsv from the hand-written item lists (items_<lang>.txt).

Each item in a list is three lines:  L: <C|M|H|HM>  /  A: <answer>  /  S: <source or ->
separated by blank lines. The script validates, shuffles with a fixed seed and writes the TSV.
"""
import os
import random
from collections import Counter

NAME = "answers-train-a10"
SEED = 1010
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["nl", "en", "de", "fr"]
LABELS = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}


def parse(path):
    items, cur = [], {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            key, _, val = line.partition(": ")
            if key not in ("L", "A", "S") or not val.strip():
                raise ValueError(f"{path}: bad line {line!r}")
            if key == "L" and cur:
                raise ValueError(f"{path}: incomplete item before {line!r}")
            cur[key] = val.strip()
            if key == "S":
                if set(cur) != {"L", "A", "S"}:
                    raise ValueError(f"{path}: incomplete item {cur}")
                items.append(cur)
                cur = {}
    if cur:
        raise ValueError(f"{path}: trailing incomplete item")
    return items


rows = []
for lang in LANGS:
    for it in parse(os.path.join(HERE, f"items_{lang}.txt")):
        label = LABELS[it["L"]]
        for field in (it["A"], it["S"]):
            assert "\t" not in field and "\n" not in field and "\r" not in field
        rows.append((lang, label, it["A"], it["S"]))

answers = [r[2] for r in rows]
dups = [a for a, n in Counter(answers).items() if n > 1]
assert not dups, dups
assert len(rows) == 300, len(rows)

random.Random(SEED).shuffle(rows)

out = os.path.join(HERE, f"{NAME}.tsv")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# {NAME}: invented answers of AI customer-service assistants of Dutch/Belgian organisations, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (or both)\n")
    f.write("# columns: lang<TAB>labels<TAB>answer<TAB>source  (source = help-centre passage given to the assistant, or - when none)\n")
    f.write("# written blind from the brief, without consulting any other data; frozen on delivery, do not edit\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

print(out)
print("total", len(rows))
print("lang", dict(Counter(r[0] for r in rows)))
print("labels", dict(Counter(r[1] for r in rows)))
print("no source", sum(r[3] == "-" for r in rows))
for lang in LANGS:
    print(lang, dict(Counter(r[1] for r in rows if r[0] == lang)))
