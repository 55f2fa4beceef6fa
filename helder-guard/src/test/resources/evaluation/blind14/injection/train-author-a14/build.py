#!/usr/bin/env python3
"""Check, build and shuffle injection-train-a14.tsv from the source lists in sources/.

Source format: one message per line, "[tag] text". Line breaks inside a message are
already written as the two characters backslash-n. File name gives language and label:
sources/<lang>_<injection|benign>.txt
"""
import collections, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "injection-train-a14.tsv"
SEED = 14014
LANGS = ("nl", "en", "de", "fr")
TARGET = {"nl": 105, "en": 90, "de": 55, "fr": 50}
LINE = re.compile(r"^\[([a-z-]+)\] (.+)$")

def load():
    rows = []
    for lang in LANGS:
        for lab in ("injection", "benign"):
            p = HERE / "sources" / f"{lang}_{lab}.txt"
            for n, raw in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
                if not raw.strip():
                    continue
                m = LINE.match(raw)
                if not m:
                    sys.exit(f"{p.name}:{n}: bad line")
                tag, text = m.groups()
                rows.append((lang, lab.upper(), tag, text.strip(), f"{p.name}:{n}"))
    return rows

def check(rows):
    errs = []
    seen = {}
    for lang, lab, tag, text, where in rows:
        if "\t" in text or "\r" in text or "\n" in text:
            errs.append(f"{where}: tab or raw line break")
        if lab == "BENIGN" and not (tag.startswith("hard-") or tag == "plain"):
            errs.append(f"{where}: benign tag must be plain or hard-*")
        if lab == "INJECTION" and (tag.startswith("hard-") or tag == "plain"):
            errs.append(f"{where}: injection with benign tag")
        key = re.sub(r"\s+", " ", text.lower())
        if key in seen:
            errs.append(f"{where}: duplicate of {seen[key]}")
        seen[key] = where
    c = collections.Counter((r[0], r[1]) for r in rows)
    labs = collections.Counter(r[1] for r in rows)
    if len(rows) != 300: errs.append(f"total {len(rows)} != 300")
    if labs["INJECTION"] != 150 or labs["BENIGN"] != 150: errs.append(f"labels {dict(labs)}")
    for lang in LANGS:
        n = c[(lang, "INJECTION")] + c[(lang, "BENIGN")]
        if abs(n - TARGET[lang]) > 5: errs.append(f"{lang}: {n} far from {TARGET[lang]}")
    return errs, c

def main():
    rows = load()
    errs, c = check(rows)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    random.Random(SEED).shuffle(rows)
    header = [
        "# injection-train-a14: invented messages to a Dutch/Belgian customer-service AI assistant, labelled INJECTION or BENIGN",
        "# columns: lang<TAB>label<TAB>text ; lang in nl/en/de/fr ; label in INJECTION/BENIGN ; line breaks inside a message written as \\n",
        "# written blind from the brief (no other data consulted); frozen on delivery, do not edit",
    ]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for lang, lab, tag, text, _ in rows:
            f.write(f"{lang}\t{lab}\t{text}\n")
    for lang in LANGS:
        print(lang, c[(lang, "INJECTION")], c[(lang, "BENIGN")])
    hard = sum(1 for r in rows if r[2].startswith("hard-"))
    print("total", len(rows), "hard negatives", hard)
    print("injection tags", dict(collections.Counter(r[2] for r in rows if r[1] == "INJECTION").most_common()))
    print("benign tags", dict(collections.Counter(r[2] for r in rows if r[1] == "BENIGN").most_common()))

if __name__ == "__main__":
    main()
