#!/usr/bin/env python3
"""Build signals-report-f25.tsv from src-*.txt (written blind from signals-brief.md)."""
import random, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
ABBR = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
LANGS = ["nl", "en", "de", "fr"]
OUT = os.path.join(HERE, "signals-report-f25.tsv")
SEED = 25025

rows, seen = [], set()
for lang in LANGS:
    with open(os.path.join(HERE, f"src-{lang}.txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            lab, sep, text = line.partition(" | ")
            if not sep:
                sys.exit(f"{lang}:{n}: no separator")
            text = text.strip()
            if not text or "\t" in text or "\r" in text:
                sys.exit(f"{lang}:{n}: bad text")
            lab = lab.strip()
            if lab == "-":
                labels = "-"
            else:
                parts = lab.split(",")
                if any(p not in ABBR for p in parts) or len(set(parts)) != len(parts):
                    sys.exit(f"{lang}:{n}: bad labels {lab}")
                labels = ",".join(l for l in ORDER if l in {ABBR[p] for p in parts})
            key = text.casefold()
            if key in seen:
                sys.exit(f"{lang}:{n}: duplicate text")
            seen.add(key)
            rows.append((lang, labels, text))

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8", newline="\n") as out:
    out.write("# signals-report-f25: invented customer chat messages to Dutch/Belgian organisations' AI assistants, labelled with conversation signals\n")
    out.write("# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n")
    out.write("# written blind from the signals brief only (no other data consulted); frozen on delivery, not to be edited\n")
    for r in rows:
        out.write("\t".join(r) + "\n")

n = len(rows)
lc = collections.Counter(r[0] for r in rows)
labc = collections.Counter()
none = multi = 0
for _, labels, _ in rows:
    if labels == "-":
        none += 1
        continue
    ls = labels.split(",")
    multi += len(ls) > 1
    labc.update(ls)
print(f"total {n}")
for l in LANGS:
    print(f"  {l}: {lc[l]} ({100*lc[l]/n:.1f}%)")
for l in ORDER:
    print(f"  {l}: {labc[l]} ({100*labc[l]/n:.1f}%)")
print(f"  none: {none} ({100*none/n:.1f}%)  multi-label: {multi}")
for lang in LANGS:
    c = collections.Counter()
    for r in rows:
        if r[0] == lang:
            c.update(r[1].split(","))
    print("  ", lang, dict(c))
