#!/usr/bin/env python3
"""Build signals-report-f12.tsv from the per-language source lists and shuffle with a fixed seed."""
import random, collections, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAME = "signals-report-f12"
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
SEED = 20240612

rows = []
for lang in ["nl", "en", "de", "fr"]:
    for line in (HERE / f"src_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        codes, text = line.split(" :: ", 1)
        text = text.strip()
        assert "\t" not in text and "\n" not in text, text
        if codes.strip() == "-":
            labels = "-"
        else:
            names = [CODE[c] for c in codes.strip().split(",")]
            labels = ",".join(l for l in ORDER if l in names)
        rows.append((lang, labels, text))

texts = [r[2] for r in rows]
dups = [t for t, n in collections.Counter(texts).items() if n > 1]
assert not dups, dups
assert len(rows) == 360, len(rows)

random.Random(SEED).shuffle(rows)
header = [
    f"# {NAME}: invented customer chat messages to the AI assistant of Dutch/Belgian organisations, labelled with conversation signals",
    "# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or - for none",
    "# written blind from the brief without consulting any other data; frozen on delivery, do not edit",
]
with open(HERE / f"{NAME}.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

# counts
n = len(rows)
langs = collections.Counter(r[0] for r in rows)
lab = collections.Counter()
for r in rows:
    if r[1] != "-":
        for l in r[1].split(","):
            lab[l] += 1
none = sum(1 for r in rows if r[1] == "-")
multi = collections.Counter(len(r[1].split(",")) for r in rows if r[1] != "-")
print("total", n)
for k in ["nl", "en", "de", "fr"]:
    print(f"lang {k}: {langs[k]} ({100*langs[k]/n:.1f}%)")
print(f"none: {none} ({100*none/n:.1f}%)")
for l in ORDER:
    print(f"{l}: {lab[l]} ({100*lab[l]/n:.1f}%)")
print("labels per labelled message:", dict(sorted(multi.items())))
per = collections.defaultdict(collections.Counter)
for r in rows:
    per[r[0]]["-" if r[1] == "-" else "labelled"] += 1
    if r[1] != "-":
        for l in r[1].split(","):
            per[r[0]][l] += 1
for k in ["nl", "en", "de", "fr"]:
    print(k, dict(per[k]))
