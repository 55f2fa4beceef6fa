#!/usr/bin/env python3
"""Build signals-report-f9.tsv from the hand-written source lists in src/.

Source format: one message per line, `CODES|text`, where CODES is `-` (no label)
or a combination of H (HUMAN_REQUEST), C (COMPLAINT), R (HIGH_RISK_TOPIC),
F (FRUSTRATION). The language is taken from the file name (src/<lang>.txt).
"""
import random
from collections import Counter
from pathlib import Path

NAME = "signals-report-f9"
SEED = 20240919
ORDER = [("H", "HUMAN_REQUEST"), ("C", "COMPLAINT"), ("R", "HIGH_RISK_TOPIC"), ("F", "FRUSTRATION")]
here = Path(__file__).resolve().parent

rows = []
for lang in ["nl", "en", "de", "fr"]:
    for n, line in enumerate((here / "src" / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        codes, text = line.split("|", 1)
        text = text.strip()
        assert codes == "-" or (codes and set(codes) <= set("HCRF")), (lang, n, codes)
        assert "\t" not in text and "\n" not in text and text, (lang, n)
        labels = "-" if codes == "-" else ",".join(full for c, full in ORDER if c in codes)
        rows.append((lang, labels, text))

texts = [t for _, _, t in rows]
dups = [t for t, k in Counter(texts).items() if k > 1]
assert not dups, dups

random.Random(SEED).shuffle(rows)
header = [
    f"# {NAME}: invented customer chat messages to Dutch/Belgian organisations (energy, insurance, municipality, webshop), labelled with conversation signals",
    "# columns: lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none",
    "# written blind from the signals9 brief without consulting any other data; frozen on delivery, do not edit",
]
out = here / f"{NAME}.tsv"
out.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")

n = len(rows)
print("total", n)
print("lang", dict(Counter(r[0] for r in rows)))
lab = Counter()
for _, l, _ in rows:
    for x in l.split(","):
        lab[x] += 1
print({k: (v, round(100 * v / n, 1)) for k, v in lab.items()})
print("multi-label", sum(1 for r in rows if "," in r[1]))
print("combos", dict(Counter(r[1] for r in rows).most_common()))
