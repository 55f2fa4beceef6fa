#!/usr/bin/env python3
"""Build signals-report-r21.tsv from the hand-written source lists in sources/.
Source line format: LABELS|text  (LABELS: '-' or comma-separated letters H,C,R,F).
Checks the format rules of the brief, shuffles with a fixed seed and prints counts."""
import os, random, collections, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "signals-report-r21"
SEED = 2121
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
LETTER = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
LANGS = ["nl", "en", "de", "fr"]

rows = []
for lang in LANGS:
    with open(os.path.join(HERE, "sources", lang + ".txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            lab, sep, text = line.partition("|")
            assert sep, (lang, n, line)
            text = text.strip()
            assert text and "\t" not in text and "\r" not in text, (lang, n)
            if lab.strip() == "-":
                labels = []
            else:
                letters = [x.strip() for x in lab.split(",")]
                assert all(x in LETTER for x in letters), (lang, n, lab)
                assert len(set(letters)) == len(letters), (lang, n, lab)
                labels = [l for l in ORDER if l in {LETTER[x] for x in letters}]
            rows.append((lang, ",".join(labels) if labels else "-", text))

texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(t.casefold() for t in texts).items() if c > 1]
assert not dups, dups

random.Random(SEED).shuffle(rows)

header = [
    "# signals-report-r21: invented customer chat messages to Dutch/Belgian organisations' AI assistants (mostly a water company, a travel agency, a car insurer and a municipal citizens' desk), labelled with conversation signals",
    "# columns (tab-separated): lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none",
    "# written blind from the brief only (no other data consulted); frozen on delivery, not to be edited",
]
out = os.path.join(HERE, NAME + ".tsv")
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(header) + "\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")

# verify written file
with open(out, encoding="utf-8") as fh:
    lines = fh.read().split("\n")
assert lines[-1] == ""
lines = lines[:-1]
assert all(l.startswith("#") for l in lines[:3])
body = lines[3:]
assert len(body) == len(rows)
for l in body:
    parts = l.split("\t")
    assert len(parts) == 3 and parts[0] in LANGS, l

N = len(rows)
lang_c = collections.Counter(r[0] for r in rows)
lab_c = collections.Counter()
for r in rows:
    if r[1] != "-":
        for l in r[1].split(","):
            lab_c[l] += 1
none = sum(1 for r in rows if r[1] == "-")
multi = collections.Counter(len(r[1].split(",")) for r in rows if r[1] != "-")
combo = collections.Counter(r[1] for r in rows)
per_lang_lab = {lg: collections.Counter() for lg in LANGS}
for r in rows:
    for l in ([] if r[1] == "-" else r[1].split(",")):
        per_lang_lab[r[0]][l] += 1
    if r[1] == "-":
        per_lang_lab[r[0]]["none"] += 1

print("total", N)
for lg in LANGS:
    print(f"lang {lg}: {lang_c[lg]} ({100*lang_c[lg]/N:.1f}%)", dict(per_lang_lab[lg]))
print(f"no label: {none} ({100*none/N:.1f}%)")
for l in ORDER:
    print(f"{l}: {lab_c[l]} ({100*lab_c[l]/N:.1f}%)")
print("labels per labelled message:", dict(sorted(multi.items())))
for k, v in sorted(combo.items(), key=lambda x: -x[1]):
    print(f"  {k}: {v}")
