#!/usr/bin/env python3
"""Build signals-train-a25.tsv from the source lists src-<lang>.txt (codes | text)."""
import random, sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "signals-train-a25.tsv"
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
LANGS = ["nl", "en", "de", "fr"]
SEED = 2025

rows, seen, errors = [], set(), []
for lang in LANGS:
    for n, line in enumerate((HERE / f"src-{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        codes, sep, text = line.partition(" | ")
        text = " ".join(text.split())
        if not sep or not text:
            errors.append(f"{lang}:{n}: bad line"); continue
        if "\t" in text:
            errors.append(f"{lang}:{n}: tab in text"); continue
        codes = codes.strip()
        if codes == "-":
            labels = "-"
        else:
            parts = codes.split(",")
            if any(p not in CODE for p in parts) or len(set(parts)) != len(parts):
                errors.append(f"{lang}:{n}: bad codes {codes}"); continue
            labels = ",".join(l for l in ORDER if l in {CODE[p] for p in parts})
        key = text.lower()
        if key in seen:
            errors.append(f"{lang}:{n}: duplicate text: {text}"); continue
        seen.add(key)
        rows.append((lang, labels, text))

if errors:
    print("\n".join(errors)); sys.exit(1)

random.Random(SEED).shuffle(rows)
header = [
    "# signals-train-a25: invented customer chat messages to a Dutch/Belgian organisation's AI assistant, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION)",
    "# format: lang<TAB>labels<TAB>text ; lang in nl/en/de/fr ; labels comma-separated in the order HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION or - for none",
    "# written blind from the brief only (no other data consulted); frozen on delivery, do not edit",
]
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

n = len(rows)
lc = collections.Counter(r[0] for r in rows)
lab = collections.Counter(l for r in rows for l in r[1].split(",") if l != "-")
none = sum(1 for r in rows if r[1] == "-")
multi = sum(1 for r in rows if r[1].count(",") >= 1)
print(f"total {n}")
for l in LANGS: print(f"  {l} {lc[l]} ({100*lc[l]/n:.1f}%)")
print(f"  none {none} ({100*none/n:.1f}%)")
for l in ORDER: print(f"  {l} {lab[l]} ({100*lab[l]/n:.1f}%)")
print(f"  multi-label {multi}")
