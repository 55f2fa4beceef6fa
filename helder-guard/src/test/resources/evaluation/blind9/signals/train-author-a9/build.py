#!/usr/bin/env python3
"""Build signals-train-a9.tsv from sources/{nl,en,de,fr}.txt and shuffle with a fixed seed.

Source line format: LABELS | text   where LABELS is '-' or a comma list of H,C,R,F.
"""
import os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "signals-train-a9"
CODES = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
ORDER = ["H", "C", "R", "F"]
SEED = 90409

rows = []
for lang in ["nl", "en", "de", "fr"]:
    with open(os.path.join(HERE, "sources", lang + ".txt"), encoding="utf-8") as fh:
        for ln in fh:
            ln = ln.rstrip("\n")
            if not ln.strip():
                continue
            lab, text = ln.split(" | ", 1)
            text = text.strip()
            assert "\t" not in text and "\n" not in text and "\r" not in text
            if lab == "-":
                labels = "-"
            else:
                codes = lab.split(",")
                assert all(c in CODES for c in codes) and len(set(codes)) == len(codes), ln
                labels = ",".join(CODES[c] for c in ORDER if c in codes)
            rows.append((lang, labels, text))

texts = [r[2] for r in rows]
dups = [t for t, n in Counter(texts).items() if n > 1]
assert not dups, dups

random.Random(SEED).shuffle(rows)

out = os.path.join(HERE, NAME + ".tsv")
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    fh.write(f"# {NAME}: invented customer chat messages to a Dutch/Belgian organisation's AI assistant, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION); {len(rows)} messages in nl/en/de/fr\n")
    fh.write("# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset in order HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION or '-' for none\n")
    fh.write(f"# written blind from the brief alone (no other data consulted); shuffled with seed {SEED}; frozen on delivery, do not edit\n")
    for lang, labels, text in rows:
        fh.write(f"{lang}\t{labels}\t{text}\n")

# stats
lang_c = Counter(r[0] for r in rows)
lab_c = Counter()
nlab = Counter()
for _, labels, _ in rows:
    k = 0 if labels == "-" else len(labels.split(","))
    nlab[k] += 1
    for l in labels.split(","):
        lab_c[l] += 1
n = len(rows)
print("total", n)
for k, v in sorted(lang_c.items()):
    print(f"lang {k}: {v} ({100*v/n:.1f}%)")
for k, v in sorted(lab_c.items()):
    print(f"label {k}: {v} ({100*v/n:.1f}%)")
for k, v in sorted(nlab.items()):
    print(f"messages with {k} labels: {v}")
per = Counter((r[0], l) for r in rows for l in r[1].split(","))
for lang in ["nl", "en", "de", "fr"]:
    print(lang, {l: per[(lang, l)] for l in ["-"] + list(CODES.values())})
