#!/usr/bin/env python3
"""Build answers-report-f20.tsv from the hand-written source lists items_<lang>.txt.
Each list line: CODE ~~ answer ~~ source   (CODE: C, M, H, HM; source '-' = no passage)."""
import random, collections, sys, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "answers-report-f20"
SEED = 20250620
CODES = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}
LANGS = ["nl", "en", "de", "fr"]

rows = []
for lang in LANGS:
    with open(os.path.join(HERE, f"items_{lang}.txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(" ~~ ")]
            assert len(parts) == 3, (lang, n, line)
            code, answer, source = parts
            assert code in CODES, (lang, n, code)
            for field in (answer, source):
                assert "\t" not in field and "\n" not in field and "\r" not in field, (lang, n)
                assert field, (lang, n)
            rows.append((lang, CODES[code], answer, source))

# checks
answers = [r[2] for r in rows]
dups = [a for a, c in collections.Counter(answers).items() if c > 1]
assert not dups, dups
assert len(rows) == 300, len(rows)
for r in rows:
    if r[3] != "-":
        n_sent = len(re.findall(r"[.!?](?:\s+[A-ZÀ-Ý]|$)", r[3]))
        assert 1 <= n_sent <= 4, (n_sent, r)

random.Random(SEED).shuffle(rows)

out = os.path.join(HERE, f"{NAME}.tsv")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# answers-report-f20: invented answers of AI customer-service assistants (NL/BE organisations) labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN\n")
    f.write("# columns: lang<TAB>labels<TAB>answer<TAB>source  (source = help-centre passage given to the assistant, or - when none)\n")
    f.write("# written blind from the brief only (no other files, data or corpora consulted); frozen on delivery, not to be edited\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

# report
lc = collections.Counter(r[0] for r in rows)
bc = collections.Counter(r[1] for r in rows)
cross = collections.Counter((r[0], r[1]) for r in rows)
nosrc = collections.Counter(r[0] for r in rows if r[3] == "-")
print("total", len(rows))
print("lang", dict(lc))
print("labels", dict(bc))
for l in LANGS:
    print(l, {k: cross[(l, k)] for k in CODES.values()}, "no-source", nosrc[l])
print("no-source total", sum(nosrc.values()))
