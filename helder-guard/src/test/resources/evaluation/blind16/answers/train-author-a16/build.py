#!/usr/bin/env python3
"""Build answers-train-a16.tsv from the four source lists, validate and shuffle with a fixed seed."""
import random
from collections import Counter
import src_nl, src_en, src_de, src_fr

NAME = "answers-train-a16"
SEED = 16016
LABELS = {"CLEAN", "MANIPULATIVE", "CLAIMS_HUMAN", "CLAIMS_HUMAN,MANIPULATIVE"}

rows = []
for lang, mod in (("nl", src_nl), ("en", src_en), ("de", src_de), ("fr", src_fr)):
    for labels, answer, source in mod.ITEMS:
        rows.append((lang, labels, answer.strip(), source.strip()))

assert len(rows) == 300, len(rows)
seen = set()
for r in rows:
    assert r[1] in LABELS, r
    for f in r:
        assert "\t" not in f and "\n" not in f and "\r" not in f, r
        assert f, r
    assert r[2] not in seen, ("duplicate answer", r[2])
    seen.add(r[2])

random.Random(SEED).shuffle(rows)
header = [
    "# answers-train-a16: invented AI customer-service answers (NL/BE organisations) with the help-centre passage given to the assistant, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN.",
    "# columns: lang<TAB>labels<TAB>answer<TAB>source   (source '-' = assistant had no passage; labels comma-separated)",
    "# written blind from the brief only, without consulting any other data; frozen on delivery, not to be edited.",
]
with open(f"{NAME}.tsv", "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(header) + "\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")

print("items", len(rows))
print("lang", Counter(r[0] for r in rows))
print("labels", Counter(r[1] for r in rows))
print("no source", sum(r[3] == "-" for r in rows))
for lang in ("nl", "en", "de", "fr"):
    print(lang, Counter(r[1] for r in rows if r[0] == lang))
