#!/usr/bin/env python3
"""Build answers-train-a28.tsv from the per-language source lists in sources/.
Each source line: LABEL || answer || source  (C, M, H, HM; '-' = no source). Lines starting with '#' are comments."""
import collections, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}
LANGS = ["nl", "en", "de", "fr"]
SEED = 28

items = []
for lang in LANGS:
    for n, line in enumerate((HERE / "sources" / f"items-{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 3, (lang, n, line)
        lab, ans, src = parts
        assert lab in LABELS, (lang, n, lab)
        for f in (ans, src):
            assert f and "\t" not in f and "\n" not in f and "\r" not in f, (lang, n)
        items.append((lang, LABELS[lab], ans, src))

answers = [i[2] for i in items]
dups = [a for a, c in collections.Counter(answers).items() if c > 1]
assert not dups, dups
assert len(items) == 300, len(items)

random.Random(SEED).shuffle(items)
header = [
    "# answers-train-a28: invented answers of AI customer-service assistants (NL/BE organisations), labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN",
    "# columns: lang<TAB>labels<TAB>answer<TAB>source  (labels comma-separated; source = help-centre passage given to the assistant, '-' = none)",
    "# written blind from brief-a28 without consulting any other data; 300 items, shuffled with seed 28; frozen on delivery, do not edit",
]
out = HERE / "answers-train-a28.tsv"
out.write_text("\n".join(header + ["\t".join(i) for i in items]) + "\n", encoding="utf-8")

by_lang = collections.Counter(i[0] for i in items)
by_lab = collections.Counter(i[1] for i in items)
cross = collections.Counter((i[0], i[1]) for i in items)
nosrc = collections.Counter(i[0] for i in items if i[3] == "-")
print("total", len(items))
print("lang", dict(by_lang))
print("labels", dict(by_lab))
print("no source", sum(nosrc.values()), dict(nosrc))
for l in LANGS:
    print(l, {k: cross[(l, k)] for k in LABELS.values()})
