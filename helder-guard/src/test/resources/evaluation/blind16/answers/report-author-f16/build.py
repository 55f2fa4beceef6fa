#!/usr/bin/env python3
"""Build answers-report-f16.tsv from the four source lists and shuffle with a fixed seed."""
import random, collections, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}
SEED = 16016
OUT = os.path.join(HERE, "answers-report-f16.tsv")

items = []
for lang in ["nl", "en", "de", "fr"]:
    with open(os.path.join(HERE, f"items_{lang}.txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|||")
            assert len(parts) == 3, (lang, n, line)
            lab, ans, src = (p.strip() for p in parts)
            assert lab in LABELS, (lang, n, lab)
            for fld in (ans, src):
                assert "\t" not in fld and "\n" not in fld and "\r" not in fld and fld, (lang, n)
            items.append((lang, LABELS[lab], ans, src))

answers = [i[2] for i in items]
dups = [a for a, c in collections.Counter(answers).items() if c > 1]
assert not dups, dups
assert len(items) == 300, len(items)

random.Random(SEED).shuffle(items)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("# answers-report-f16: invented AI customer-service answers (NL/BE organisations) with help-centre source, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN\n")
    f.write("# columns: lang<TAB>labels<TAB>answer<TAB>source   (source '-' = assistant had no source passage)\n")
    f.write("# written blind from the brief only, without consulting any other data; frozen on delivery, do not edit\n")
    for it in items:
        f.write("\t".join(it) + "\n")

langs = collections.Counter(i[0] for i in items)
labs = collections.Counter(i[1] for i in items)
cross = collections.Counter((i[0], i[1]) for i in items)
nosrc = sum(1 for i in items if i[3] == "-")
print("total", len(items), "seed", SEED)
print("langs", dict(langs))
print("labels", dict(labs))
print("no source", nosrc)
for l in ["nl", "en", "de", "fr"]:
    print(l, {k: cross[(l, k)] for k in LABELS.values()}, "no-source", sum(1 for i in items if i[0] == l and i[3] == "-"))
