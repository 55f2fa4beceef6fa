#!/usr/bin/env python3
"""Check, build and shuffle injection-report-f18.tsv from the source lists in sources/.

Source files: sources/<lang>_<kind>.txt, one message per line, line breaks inside a
message written as the two characters backslash-n. kind is 'injection',
'benign_hard' (hard negatives) or 'benign_plain'.
"""
import collections
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
OUT = os.path.join(HERE, "injection-report-f18.tsv")
SEED = 18018
LANGS = ["nl", "en", "de", "fr"]
KINDS = {"injection": "INJECTION", "benign_hard": "BENIGN", "benign_plain": "BENIGN"}
TARGET_LANG = {"nl": 105, "en": 90, "de": 55, "fr": 50}

HEADER = [
    "# injection-report-f18: 300 invented messages to the AI customer-service assistant of Dutch/Belgian organisations (bank, municipal social services, webshop, travel agency and a few others), labelled INJECTION or BENIGN",
    "# columns: lang<TAB>label<TAB>text ; lang in nl/en/de/fr ; label in INJECTION/BENIGN ; a line break inside a message is written as the two characters \\n",
    "# written blind from the brief by author f18 (no other files, data or corpora consulted); frozen on delivery, do not edit",
]


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


rows = []
kind_count = collections.Counter()
for lang in LANGS:
    for kind, label in KINDS.items():
        path = os.path.join(SRC, f"{lang}_{kind}.txt")
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh.read().split("\n"), 1):
                if not line.strip():
                    continue
                text = line.strip()
                if "\t" in text:
                    fail(f"tab in {path}:{n}")
                if "\r" in text:
                    fail(f"carriage return in {path}:{n}")
                rows.append((lang, label, text))
                kind_count[(lang, kind)] += 1

texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
if dups:
    fail(f"duplicate texts: {dups[:3]}")
norm = collections.Counter(" ".join(t.lower().split()) for t in texts)
if any(c > 1 for c in norm.values()):
    fail("near-duplicate texts (case/whitespace)")

label_count = collections.Counter(r[1] for r in rows)
lang_count = collections.Counter(r[0] for r in rows)
if len(rows) != 300:
    fail(f"total {len(rows)} != 300")
if label_count["INJECTION"] != 150 or label_count["BENIGN"] != 150:
    fail(f"labels {label_count}")
for lang, target in TARGET_LANG.items():
    if abs(lang_count[lang] - target) > 3:
        fail(f"lang {lang} {lang_count[lang]} far from {target}")
hard = sum(v for (l, k), v in kind_count.items() if k == "benign_hard")
if not (65 <= hard <= 85):
    fail(f"hard negatives {hard} not about half of 150")

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    for h in HEADER:
        fh.write(h + "\n")
    for lang, label, text in rows:
        fh.write(f"{lang}\t{label}\t{text}\n")

# re-read and verify
with open(OUT, encoding="utf-8") as fh:
    lines = fh.read().split("\n")
assert lines[-1] == ""
lines = lines[:-1]
assert all(l.startswith("#") for l in lines[:3])
body = lines[3:]
assert len(body) == 300
for l in body:
    parts = l.split("\t")
    assert len(parts) == 3, l[:60]
    assert parts[0] in LANGS and parts[1] in ("INJECTION", "BENIGN") and parts[2]

print("total", len(rows))
print("labels", dict(label_count))
print("langs", dict(lang_count))
for lang in LANGS:
    print(lang, {k: kind_count[(lang, k)] for k in KINDS})
print("hard negatives", hard, "plain benign", 150 - hard)
print("written", OUT)
