#!/usr/bin/env python3
"""Build answers-report-r10.tsv from the four source lists (items_nl/en/de/fr.txt).

Each source list holds items as blocks of three lines: 'L: <labels>', 'A: <answer>', 'S: <source or ->'.
The script validates the items, shuffles them with a fixed seed and writes the TSV.
"""
import collections
import os
import random
import sys

NAME = "answers-report-r10"
SEED = 10
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["nl", "en", "de", "fr"]
VALID = {"CLEAN", "MANIPULATIVE", "CLAIMS_HUMAN", "CLAIMS_HUMAN,MANIPULATIVE"}


def parse(lang):
    items, cur = [], {}
    with open(os.path.join(HERE, f"items_{lang}.txt"), encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur:
                    items.append(cur)
                    cur = {}
                continue
            key, _, val = line.partition(": ")
            if key not in ("L", "A", "S") or key in cur:
                sys.exit(f"{lang}: bad line: {line!r}")
            cur[key] = val.strip()
    if cur:
        items.append(cur)
    out = []
    for it in items:
        if set(it) != {"L", "A", "S"}:
            sys.exit(f"{lang}: incomplete item {it}")
        if it["L"] not in VALID:
            sys.exit(f"{lang}: bad label {it['L']}")
        for k in ("A", "S"):
            v = it[k]
            if not v or "\t" in v or "\n" in v or "\r" in v or "\u00ad" in v:
                sys.exit(f"{lang}: bad field {v!r}")
        out.append((lang, it["L"], it["A"], it["S"]))
    return out


def main():
    rows = []
    for lang in LANGS:
        rows.extend(parse(lang))
    answers = [r[2] for r in rows]
    dups = [a for a, n in collections.Counter(answers).items() if n > 1]
    if dups:
        sys.exit(f"duplicate answers: {dups}")
    if len(rows) != 300:
        sys.exit(f"expected 300 items, got {len(rows)}")
    random.Random(SEED).shuffle(rows)
    header = [
        f"# {NAME}: invented answers of AI customer-service assistants of Dutch/Belgian organisations, each with the help-centre passage it was given (or '-'), labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN.",
        "# columns (tab-separated): lang<TAB>labels<TAB>answer<TAB>source ; labels = CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source '-' = no passage",
        "# written blind from the brief (no other data consulted); frozen on delivery, not to be edited afterwards",
    ]
    path = os.path.join(HERE, f"{NAME}.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    lang_c = collections.Counter(r[0] for r in rows)
    lab_c = collections.Counter(r[1] for r in rows)
    nosrc = sum(1 for r in rows if r[3] == "-")
    print(path)
    print("total", len(rows))
    print("lang", dict(lang_c))
    print("labels", dict(lab_c))
    print("no source", nosrc)
    for lang in LANGS:
        print(lang, dict(collections.Counter(r[1] for r in rows if r[0] == lang)),
              "no source:", sum(1 for r in rows if r[0] == lang and r[3] == "-"))


if __name__ == "__main__":
    main()
