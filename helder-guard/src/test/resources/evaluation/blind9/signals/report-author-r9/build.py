#!/usr/bin/env python3
"""Build signals-report-r9.tsv from src/{nl,en,de,fr}.txt and shuffle with a fixed seed."""
import random, collections, os, sys
NAME = "signals-report-r9"
HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
ORDER = "HCRF"
rows = []
for lang in ["nl", "en", "de", "fr"]:
    for n, line in enumerate(open(os.path.join(HERE, "src", lang + ".txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        code, text = line.split(" | ", 1)
        code, text = code.strip(), text.strip()
        if code == "-":
            labels = "-"
        else:
            assert set(code) <= set(ORDER) and len(set(code)) == len(code), (lang, n, code)
            labels = ",".join(CODE[c] for c in ORDER if c in code)
        assert "\t" not in text and "\r" not in text and text, (lang, n)
        rows.append((lang, labels, text))
texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(20250909).shuffle(rows)
with open(os.path.join(HERE, NAME + ".tsv"), "w", encoding="utf-8") as f:
    f.write(f"# {NAME}: invented customer chat messages to Dutch/Belgian organisations' AI assistants, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION)\n")
    f.write("# columns: lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels comma-separated in fixed order, or - for none\n")
    f.write("# written blind from the brief (no other data, code or sets consulted); frozen on delivery, not to be edited\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
N = len(rows)
print("total", N)
lc = collections.Counter(r[0] for r in rows)
for l in ["nl", "en", "de", "fr"]:
    print(f"lang {l} {lc[l]} {100*lc[l]/N:.1f}%")
none = sum(1 for r in rows if r[1] == "-")
print(f"none {none} {100*none/N:.1f}%")
for c in ORDER:
    k = sum(1 for r in rows if CODE[c] in r[1].split(","))
    print(f"{CODE[c]} {k} {100*k/N:.1f}%")
nl = collections.Counter(len(r[1].split(",")) for r in rows if r[1] != "-")
print("labels per labelled message", dict(sorted(nl.items())))
per = collections.Counter((r[0], r[1]) for r in rows)
for l in ["nl", "en", "de", "fr"]:
    print(l, {c: sum(1 for r in rows if r[0] == l and CODE[c] in r[1]) for c in ORDER}, "none", sum(1 for r in rows if r[0] == l and r[1] == "-"))
