#!/usr/bin/env python3
"""Build signals-train-a30.tsv from the hand-written source lists in sources/.

Source line format: CODES :: text   (CODES = comma list of H,C,R,F or '-')
H=HUMAN_REQUEST C=COMPLAINT R=HIGH_RISK_TOPIC F=FRUSTRATION.
Lines starting with '#' and empty lines are ignored.
"""
import os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "signals-train-a30"
SEED = 3030
LANGS = ["nl", "en", "de", "fr"]
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}

rows, seen = [], set()
for lang in LANGS:
    with open(os.path.join(HERE, "sources", lang + ".txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            codes, sep, text = line.partition(" :: ")
            text = " ".join(text.split())
            if not sep or not text:
                sys.exit(f"{lang}:{n}: bad line")
            if "\t" in text:
                sys.exit(f"{lang}:{n}: tab in text")
            if codes.strip() == "-":
                labels = "-"
            else:
                cs = [c.strip() for c in codes.split(",")]
                if any(c not in CODE for c in cs) or len(set(cs)) != len(cs):
                    sys.exit(f"{lang}:{n}: bad codes {codes!r}")
                labels = ",".join(l for l in ORDER if l in {CODE[c] for c in cs})
            key = text.casefold()
            if key in seen:
                sys.exit(f"{lang}:{n}: duplicate text {text!r}")
            seen.add(key)
            rows.append((lang, labels, text))

random.Random(SEED).shuffle(rows)

with open(os.path.join(HERE, NAME + ".tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write(f"# {NAME}: invented customer chat messages to Dutch/Belgian organisations' AI assistants, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION)\n")
    out.write("# columns: lang<TAB>labels<TAB>text ; lang in nl/en/de/fr ; labels = comma-separated subset in fixed order, or - for none\n")
    out.write(f"# written blind from the brief (no other data consulted), shuffled with seed {SEED}; frozen on delivery, not to be edited\n")
    for r in rows:
        out.write("\t".join(r) + "\n")

# statistics
N = len(rows)
lang_c = Counter(r[0] for r in rows)
lab_c = Counter()
none = 0
multi = Counter()
combo = Counter(r[1] for r in rows)
for _, labels, _ in rows:
    if labels == "-":
        none += 1
        continue
    ls = labels.split(",")
    multi[len(ls)] += 1
    for l in ls:
        lab_c[l] += 1
print(f"total {N}")
for l in LANGS:
    print(f"  {l}: {lang_c[l]} ({100*lang_c[l]/N:.1f}%)")
print(f"  no label: {none} ({100*none/N:.1f}%)")
for l in ORDER:
    print(f"  {l}: {lab_c[l]} ({100*lab_c[l]/N:.1f}%)")
print(f"  label count per message: 1={multi[1]} 2={multi[2]} 3={multi[3]}")
print("combinations:")
for k, v in sorted(combo.items(), key=lambda x: -x[1]):
    print(f"  {k}: {v}")
print("per language x label:")
for lang in LANGS:
    sub = [r for r in rows if r[0] == lang]
    c = Counter(l for r in sub for l in r[1].split(",") if l != "-")
    print(f"  {lang}: none={sum(1 for r in sub if r[1]=='-')} " + " ".join(f"{l}={c[l]}" for l in ORDER))
