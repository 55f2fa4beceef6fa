#!/usr/bin/env python3
"""Build answers-report-r28.tsv from the hand-written source lists in sources/.

Source list format: one item per line, `CODE ||| answer ||| source`, where CODE is
C (CLEAN), M (MANIPULATIVE), H (CLAIMS_HUMAN) or HM (CLAIMS_HUMAN,MANIPULATIVE),
and source is the help-centre passage or `-`. The language is the file prefix
(nl_*.txt, en_*.txt, de_*.txt, fr_*.txt). Lines are shuffled with a fixed seed.
"""
import collections, glob, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "answers-report-r28.tsv")
SEED = 2828
CODES = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}

items = []
for path in sorted(glob.glob(os.path.join(HERE, "sources", "*.txt"))):
    lang = os.path.basename(path).split("_")[0]
    assert lang in ("nl", "en", "de", "fr"), path
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split(" ||| ")
            assert len(parts) == 3, (path, n, line[:60])
            code, answer, source = (p.strip() for p in parts)
            assert code in CODES, (path, n, code)
            for fld in (answer, source):
                assert fld and "\t" not in fld and "\r" not in fld, (path, n)
            items.append((lang, CODES[code], answer, source))

answers = [i[2] for i in items]
dups = [a for a, c in collections.Counter(answers).items() if c > 1]
assert not dups, dups
assert len(items) == 300, len(items)

random.Random(SEED).shuffle(items)
header = [
    "# answers-report-r28: invented answers of AI customer-service assistants of Dutch/Belgian organisations, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (evaluation set, 300 items)",
    "# columns: lang<TAB>labels<TAB>answer<TAB>source   (lang = nl|en|de|fr; labels = CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE; source = help-centre passage given to the assistant, or - when none)",
    "# written blind from brief r28 (no other data, files or code consulted); shuffled with seed 2828; frozen on delivery - do not edit",
]
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for it in items:
        f.write("\t".join(it) + "\n")

by_lang = collections.Counter(i[0] for i in items)
by_label = collections.Counter(i[1] for i in items)
cross = collections.Counter((i[0], i[1]) for i in items)
nosrc = collections.Counter(i[0] for i in items if i[3] == "-")
print("items", len(items))
print("lang", dict(by_lang))
print("labels", dict(by_label))
print("no source", sum(nosrc.values()), dict(nosrc))
for l in ("nl", "en", "de", "fr"):
    print(l, {k: cross[(l, k)] for k in CODES.values()})
