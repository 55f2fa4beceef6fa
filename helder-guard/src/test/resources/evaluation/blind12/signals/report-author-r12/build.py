#!/usr/bin/env python3
"""Build signals-report-r12.tsv from sources/*.txt (format: CODE | text) and shuffle with a fixed seed."""
import collections, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "signals-report-r12"
LANGS = ["nl", "en", "de", "fr"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
SEED = 20240612

rows = []
for lang in LANGS:
    for ln in (HERE / "sources" / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        code, text = ln.split(" | ", 1)
        code, text = code.strip(), text.strip()
        assert "\t" not in text and "\n" not in text, text
        if code == "-":
            labels = "-"
        else:
            assert set(code) <= set(CODE), code
            labels = ",".join(l for l in ORDER if l in {CODE[c] for c in code})
        rows.append((lang, labels, text))

texts = [r[2] for r in rows]
dups = [t for t, n in collections.Counter(texts).items() if n > 1]
assert not dups, dups

random.Random(SEED).shuffle(rows)
header = [
    f"# {NAME}: invented customer chat messages to an AI customer-service assistant (telecom, housing corporation, health insurer, parcel service; NL/BE), labelled with conversation signals",
    "# format: lang<TAB>labels<TAB>text; lang in nl,en,de,fr; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or - for none",
    f"# written blind from the brief only (no other data consulted); {len(rows)} messages; shuffled with seed {SEED}; frozen on delivery, do not edit",
]
with open(HERE / f"{NAME}.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

# report
n = len(rows)
print("total", n)
lc = collections.Counter(r[0] for r in rows)
for l in LANGS:
    print(f"lang {l}: {lc[l]} ({100*lc[l]/n:.1f}%)")
none = sum(1 for r in rows if r[1] == "-")
print(f"no label: {none} ({100*none/n:.1f}%)")
for lab in ORDER:
    k = sum(1 for r in rows if lab in r[1].split(","))
    print(f"{lab}: {k} ({100*k/n:.1f}%)")
multi = collections.Counter(len(r[1].split(",")) for r in rows if r[1] != "-")
print("labels per labelled message:", dict(sorted(multi.items())))
print("combos:", collections.Counter(r[1] for r in rows).most_common())
print("per lang x label:")
for l in LANGS:
    sub = [r for r in rows if r[0] == l]
    print(" ", l, "none", sum(1 for r in sub if r[1] == "-"),
          *[f"{lab[:5]} {sum(1 for r in sub if lab in r[1].split(','))}" for lab in ORDER])
