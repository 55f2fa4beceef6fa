#!/usr/bin/env python3
"""Build signals-train-b9.tsv from src_<lang>.txt (lines: CODES | text).
CODES: '-' or comma list of H (HUMAN_REQUEST), C (COMPLAINT), R (HIGH_RISK_TOPIC), F (FRUSTRATION)."""
import random, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "signals-train-b9"
ORDER = [("H", "HUMAN_REQUEST"), ("C", "COMPLAINT"), ("R", "HIGH_RISK_TOPIC"), ("F", "FRUSTRATION")]
rows, seen = [], set()
for lang in ["nl", "en", "de", "fr"]:
    for n, line in enumerate(open(os.path.join(HERE, f"src_{lang}.txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        codes, text = line.split(" | ", 1)
        codes, text = codes.strip(), text.strip()
        assert "\t" not in text and "\n" not in text, (lang, n)
        assert text not in seen, ("duplicate", lang, n, text)
        seen.add(text)
        if codes == "-":
            labels = "-"
        else:
            cs = set(codes.split(","))
            assert cs <= {c for c, _ in ORDER}, (lang, n, codes)
            labels = ",".join(full for c, full in ORDER if c in cs)
        rows.append((lang, labels, text))
random.Random(90009).shuffle(rows)
out = os.path.join(HERE, f"{NAME}.tsv")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# {NAME}: invented customer chat messages to Dutch/Belgian organisations' AI assistants, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION).\n")
    f.write("# columns: lang<TAB>labels<TAB>text ; lang in nl/en/de/fr ; labels comma-separated in fixed order, or - for none\n")
    f.write("# written blind from the brief (no other data consulted); frozen on delivery, do not edit\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
lc = collections.Counter(r[0] for r in rows)
lab = collections.Counter()
combo = collections.Counter(r[1] for r in rows)
for r in rows:
    for l in r[1].split(","):
        lab[l] += 1
N = len(rows)
print("total", N)
for k in ["nl", "en", "de", "fr"]:
    print(f"lang {k}: {lc[k]} ({lc[k]/N:.1%})")
for k in ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION", "-"]:
    print(f"label {k}: {lab[k]} ({lab[k]/N:.1%})")
print("multi-label:", sum(1 for r in rows if "," in r[1]))
for k, v in combo.most_common():
    print(f"  {k}: {v}")
