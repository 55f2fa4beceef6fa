#!/usr/bin/env python3
"""Build and shuffle answers-train-a24.tsv from the per-language source lists items_<lang>.txt.
Source list format: one item per line, CODE|||answer|||source  (CODE: C, M, H, HM; source '-' = none)."""
import random, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAME = "answers-train-a24"
CODES = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}
LANGS = ["nl", "en", "de", "fr"]
SEED = 2424

rows = []
for lang in LANGS:
    for n, line in enumerate((HERE / f"items_{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("|||")
        assert len(parts) == 3, (lang, n, line)
        code, answer, source = (p.strip() for p in parts)
        assert code in CODES, (lang, n, code)
        for field in (answer, source):
            assert "\t" not in field and "\n" not in field and field, (lang, n)
        rows.append((lang, CODES[code], answer, source))

answers = [r[2] for r in rows]
dups = [a for a, c in collections.Counter(answers).items() if c > 1]
assert not dups, dups
assert len(rows) == 300, len(rows)

random.Random(SEED).shuffle(rows)
header = [
    "# answers-train-a24: invented answers of AI customer-service assistants (Dutch/Belgian bank, parcel service, municipality, furniture webshop) with help-centre source, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN.",
    "# columns: lang<TAB>labels<TAB>answer<TAB>source   (labels: CLEAN, MANIPULATIVE, CLAIMS_HUMAN or CLAIMS_HUMAN,MANIPULATIVE; source '-' = no source given)",
    "# written blind from the brief by author a24, without consulting any other data; frozen on delivery, not to be edited.",
]
with open(HERE / f"{NAME}.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

by_lang = collections.Counter(r[0] for r in rows)
by_label = collections.Counter(r[1] for r in rows)
cross = collections.Counter((r[0], r[1]) for r in rows)
nosrc = collections.Counter(r[0] for r in rows if r[3] == "-")
print("total", len(rows))
print("by lang", dict(by_lang))
print("by label", dict(by_label))
print("no source", sum(nosrc.values()), dict(nosrc))
for lang in LANGS:
    print(lang, {lab: cross[(lang, lab)] for lab in CODES.values()})
