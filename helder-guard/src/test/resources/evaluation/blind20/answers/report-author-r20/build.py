#!/usr/bin/env python3
"""Build answers-report-r20.tsv from the per-language source lists (items_<lang>.txt).

Source list format: one item per line, `LABEL ||| answer ||| source`, lines starting with # are comments.
LABEL codes: C=CLEAN, M=MANIPULATIVE, H=CLAIMS_HUMAN, B=CLAIMS_HUMAN,MANIPULATIVE.
"""
import collections, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "answers-report-r20"
SEED = 20240520
LANGS = ["nl", "en", "de", "fr"]
CODES = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "B": "CLAIMS_HUMAN,MANIPULATIVE"}
HEADER = [
    "# answers-report-r20: invented answers of AI customer-service assistants (energy supplier, bank, electronics webshop, housing corporation; NL/BE) labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN, judged against the help-centre source passage",
    "# columns (tab-separated): lang<TAB>labels<TAB>answer<TAB>source ; labels = CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source = help-centre passage or - when the assistant had none",
    "# written blind from the brief (no other files, data or corpora consulted); 300 items, shuffled with fixed seed 20240520; frozen on delivery, not to be edited",
]

def fail(msg):
    sys.exit("CHECK FAILED: " + msg)

rows = []
for lang in LANGS:
    for n, line in enumerate((HERE / f"items_{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|||")]
        if len(parts) != 3:
            fail(f"{lang}:{n} has {len(parts)} parts")
        code, answer, source = parts
        if code not in CODES:
            fail(f"{lang}:{n} bad code {code!r}")
        for f in (answer, source):
            if not f or "\t" in f or "\n" in f or "\r" in f:
                fail(f"{lang}:{n} empty field or tab/newline")
        if source != "-":
            k = len(re.findall(r"[.!?](?:\s|$)", source))
            if not 1 <= k <= 4:
                fail(f"{lang}:{n} source has {k} sentences")
        rows.append((lang, CODES[code], answer, source))

# checks
if len(rows) != 300:
    fail(f"{len(rows)} items, expected 300")
answers = [r[2] for r in rows]
dups = [a for a, c in collections.Counter(a.casefold() for a in answers).items() if c > 1]
if dups:
    fail(f"duplicate answers: {dups}")
lang_c = collections.Counter(r[0] for r in rows)
if lang_c != {"nl": 120, "en": 75, "de": 54, "fr": 51}:
    fail(f"language counts {lang_c}")
lab_c = collections.Counter(r[1] for r in rows)
none_src = sum(r[3] == "-" for r in rows)
if not 50 <= none_src <= 75:
    fail(f"{none_src} items without source")

random.Random(SEED).shuffle(rows)
out = HERE / f"{NAME}.tsv"
with out.open("w", encoding="utf-8", newline="\n") as fh:
    for h in HEADER:
        fh.write(h + "\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")

# re-read and verify
lines = out.read_text(encoding="utf-8").split("\n")
assert lines[-1] == "" and all(l.startswith("#") for l in lines[:3])
body = [l.split("\t") for l in lines[3:-1]]
assert len(body) == 300 and all(len(b) == 4 for b in body)

print("written", out)
print("languages:", dict(lang_c))
print("labels:", dict(lab_c))
print("no source:", none_src)
print("per language x label:")
for lang in LANGS:
    print(" ", lang, dict(collections.Counter(r[1] for r in rows if r[0] == lang)),
          "no-source:", sum(1 for r in rows if r[0] == lang and r[3] == "-"))
