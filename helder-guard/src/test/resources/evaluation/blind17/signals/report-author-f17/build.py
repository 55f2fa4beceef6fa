#!/usr/bin/env python3
"""Build signals-report-f17.tsv from sources/{nl,en,de,fr}.txt, check it, and shuffle with a fixed seed."""
import random, collections, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = [("H", "HUMAN_REQUEST"), ("C", "COMPLAINT"), ("R", "HIGH_RISK_TOPIC"), ("F", "FRUSTRATION")]
SEED = 17
OUT = os.path.join(HERE, "signals-report-f17.tsv")

rows = []
for lang in ["nl", "en", "de", "fr"]:
    with open(os.path.join(HERE, "sources", f"{lang}.txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            codes, sep, text = line.partition(" | ")
            assert sep, f"{lang}:{n} no separator"
            codes = codes.strip()
            text = text.strip()
            if codes == "-":
                labels = "-"
            else:
                assert set(codes) <= {"H", "C", "R", "F"} and len(set(codes)) == len(codes), f"{lang}:{n} bad codes {codes}"
                labels = ",".join(name for c, name in CODES if c in codes)
            assert "\t" not in text and "\r" not in text and text, f"{lang}:{n} bad text"
            rows.append((lang, labels, text))

texts = [t for _, _, t in rows]
dups = [t for t, k in collections.Counter(texts).items() if k > 1]
assert not dups, f"duplicates: {dups}"

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    fh.write("# signals-report-f17: invented customer chat messages to AI customer-service assistants of Dutch/Belgian organisations, labelled with conversation signals\n")
    fh.write("# columns: lang<TAB>labels<TAB>text; lang in nl/en/de/fr; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n")
    fh.write("# written blind from the brief only (no other sources consulted); frozen on delivery, do not edit\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")

N = len(rows)
print("total", N)
lc = collections.Counter(l for l, _, _ in rows)
for l in ["nl", "en", "de", "fr"]:
    print(f"lang {l}: {lc[l]} ({100*lc[l]/N:.1f}%)")
none = sum(1 for _, lab, _ in rows if lab == "-")
print(f"no label: {none} ({100*none/N:.1f}%)")
for _, name in CODES:
    k = sum(1 for _, lab, _ in rows if name in lab.split(","))
    print(f"{name}: {k} ({100*k/N:.1f}%)")
nlab = collections.Counter(0 if lab == "-" else len(lab.split(",")) for _, lab, _ in rows)
print("labels per message:", dict(sorted(nlab.items())))
print("per language x label:")
for l in ["nl", "en", "de", "fr"]:
    sub = [lab for lg, lab, _ in rows if lg == l]
    print(" ", l, "none", sum(1 for x in sub if x == "-"), *[f"{name}={sum(1 for x in sub if name in x.split(','))}" for _, name in CODES])
combo = collections.Counter(lab for _, lab, _ in rows)
print("combinations:")
for k, v in combo.most_common():
    print(f"  {v:4d}  {k}")
