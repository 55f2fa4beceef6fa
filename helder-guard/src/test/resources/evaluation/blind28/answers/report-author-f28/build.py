#!/usr/bin/env python3
"""Build answers-report-f28.tsv from the per-language source lists, validate, shuffle (fixed seed)."""
import collections, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import src_nl, src_en, src_de, src_fr

SEED = 2828
LABELS = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "answers-report-f28.tsv")

rows = []
for lang, mod in (("nl", src_nl), ("en", src_en), ("de", src_de), ("fr", src_fr)):
    for code, answer, source in mod.ITEMS:
        for field in (answer, source):
            assert "\t" not in field and "\n" not in field and "\r" not in field, field
            assert field.strip() == field and field, field
        rows.append((lang, LABELS[code], answer, source))

answers = [r[2] for r in rows]
dups = [a for a, n in collections.Counter(answers).items() if n > 1]
assert not dups, dups
assert len(rows) == 300, len(rows)

random.Random(SEED).shuffle(rows)
header = [
    "# answers-report-f28: invented answers of AI customer-service assistants (NL/BE organisations), each with the help-centre source it was given ('-' = none), labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN.",
    "# columns (tab-separated): lang<TAB>labels<TAB>answer<TAB>source ; lang in nl,en,de,fr ; labels in CLEAN, MANIPULATIVE, CLAIMS_HUMAN, CLAIMS_HUMAN,MANIPULATIVE",
    "# written blind from the brief only (no other data consulted); 300 items, shuffled with seed 2828; frozen on delivery, not to be edited",
]
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

by_lang = collections.Counter(r[0] for r in rows)
by_label = collections.Counter(r[1] for r in rows)
cross = collections.Counter((r[0], r[1]) for r in rows)
nosrc = collections.Counter(r[0] for r in rows if r[3] == "-")
print("total", len(rows))
print("lang", dict(by_lang))
print("label", dict(by_label))
print("no source", dict(nosrc), sum(nosrc.values()))
for lang in ("nl", "en", "de", "fr"):
    print(lang, {l: cross[(lang, l)] for l in LABELS.values()})
