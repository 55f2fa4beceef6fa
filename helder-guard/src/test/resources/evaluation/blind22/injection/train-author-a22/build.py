#!/usr/bin/env python3
"""Check, build and shuffle injection-train-a22.tsv from the four source lists.

Usage: python3 build.py           -> checks, writes the TSV, prints counts
       python3 build.py --table   -> also prints technique / kind counts
"""
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import src_nl, src_en, src_de, src_fr  # noqa: E402

OUT = os.path.join(HERE, "injection-train-a22.tsv")
SEED = 20250222
TARGET_LANG = {"nl": 105, "en": 90, "de": 55, "fr": 50}
TARGET_LABEL = {"INJECTION": 150, "BENIGN": 150}
HEADER = [
    "# injection-train-a22: invented messages to an AI customer-service assistant of Dutch/Belgian organisations, labelled INJECTION or BENIGN",
    "# columns: lang<TAB>label<TAB>text ; lang in nl,en,de,fr ; label in INJECTION,BENIGN ; a line break inside a text is written as the two characters \\n",
    "# written blind from the brief by author a22 (no other data consulted); frozen on delivery, do not edit",
]


def collect():
    rows = []
    for lang, mod in (("nl", src_nl), ("en", src_en), ("de", src_de), ("fr", src_fr)):
        for label, kind, text in mod.ITEMS:
            rows.append((lang, label, kind, text))
    return rows


def check(rows):
    errors = []
    seen = {}
    for lang, label, kind, text in rows:
        if label not in TARGET_LABEL:
            errors.append("bad label %r" % label)
        if "\t" in text:
            errors.append("tab in text: %r" % text[:60])
        if "\r" in text:
            errors.append("CR in text: %r" % text[:60])
        if "\\n" in text:
            errors.append("literal backslash-n already in text: %r" % text[:60])
        if text != text.strip():
            errors.append("leading/trailing whitespace: %r" % text[:60])
        if label == "BENIGN" and not (kind == "plain" or kind.startswith("hard:")):
            errors.append("bad benign kind %r" % kind)
        key = text.strip().lower()
        if key in seen:
            errors.append("duplicate text: %r" % text[:60])
        seen[key] = True
    lang_c = Counter(r[0] for r in rows)
    label_c = Counter(r[1] for r in rows)
    if dict(lang_c) != TARGET_LANG:
        errors.append("language counts %s != %s" % (dict(lang_c), TARGET_LANG))
    if dict(label_c) != TARGET_LABEL:
        errors.append("label counts %s != %s" % (dict(label_c), TARGET_LABEL))
    if len(rows) != 300:
        errors.append("row count %d != 300" % len(rows))
    return errors


def main():
    rows = collect()
    errors = check(rows)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    rows_sorted = sorted(rows, key=lambda r: (r[0], r[1], r[3]))
    rng = random.Random(SEED)
    rng.shuffle(rows_sorted)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for lang, label, kind, text in rows_sorted:
            f.write("%s\t%s\t%s\n" % (lang, label, text.replace("\n", "\\n")))

    # re-read and verify the written file
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert all(l.startswith("#") for l in lines[:3])
    body = lines[3:]
    assert len(body) == 300, len(body)
    parsed = [l.split("\t") for l in body]
    assert all(len(p) == 3 for p in parsed)
    assert len(set(p[2] for p in parsed)) == 300
    c = Counter((p[0], p[1]) for p in parsed)
    print("written", OUT)
    for lang in ("nl", "en", "de", "fr"):
        print("  %s  INJECTION %3d  BENIGN %3d  total %3d" % (
            lang, c[(lang, "INJECTION")], c[(lang, "BENIGN")],
            c[(lang, "INJECTION")] + c[(lang, "BENIGN")]))
    print("  all INJECTION %d  BENIGN %d" % (
        sum(v for k, v in c.items() if k[1] == "INJECTION"),
        sum(v for k, v in c.items() if k[1] == "BENIGN")))
    hard = sum(1 for r in rows if r[2].startswith("hard:"))
    print("  hard negatives %d, plain benign %d" % (hard, 150 - hard))
    if "--table" in sys.argv:
        tc = Counter(r[2] for r in rows if r[1] == "INJECTION")
        for k, v in sorted(tc.items(), key=lambda x: (-x[1], x[0])):
            print("  INJ  %-40s %d" % (k, v))
        hc = Counter(r[2] for r in rows if r[2].startswith("hard:"))
        for k, v in sorted(hc.items(), key=lambda x: (-x[1], x[0])):
            print("  HARD %-40s %d" % (k, v))


if __name__ == "__main__":
    main()
