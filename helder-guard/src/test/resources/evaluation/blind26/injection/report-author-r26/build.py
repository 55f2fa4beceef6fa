#!/usr/bin/env python3
"""Check, build and shuffle injection-report-r26.tsv from the source lists in sources/.

Source lists: sources/<lang>_<LABEL>.txt, one message per line as `tag | text`
(lines starting with '#' are comments). A line break inside a message is written
as the two characters backslash-n. BENIGN tags starting with 'hard:' mark hard negatives.
"""
import collections, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
OUT = os.path.join(HERE, "injection-report-r26.tsv")
LANGS = ("nl", "en", "de", "fr")
LABELS = ("INJECTION", "BENIGN")
SEED = 26
HEADER = [
    "# injection-report-r26: 300 invented messages to the AI customer-service assistant of Dutch/Belgian organisations, labelled INJECTION or BENIGN",
    "# columns: lang<TAB>label<TAB>text ; lang in {nl,en,de,fr} ; label in {INJECTION,BENIGN} ; a line break inside a message is written as \\n",
    "# written blind from the brief (no other data set, file or repository consulted); frozen on delivery, do not edit",
]
TARGET_LANG = {"nl": 105, "en": 90, "de": 55, "fr": 50}


def fail(msg):
    sys.exit("ERROR: " + msg)


def load():
    rows = []
    for lang in LANGS:
        for label in LABELS:
            path = os.path.join(SRC, f"{lang}_{label}.txt")
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    line = line.rstrip("\n")
                    if not line.strip() or line.startswith("#"):
                        continue
                    if " | " not in line:
                        fail(f"{path}:{n}: no ' | ' separator")
                    tag, text = line.split(" | ", 1)
                    tag, text = tag.strip(), text.strip()
                    if not tag or not text:
                        fail(f"{path}:{n}: empty tag or text")
                    if "\t" in text or "\r" in text:
                        fail(f"{path}:{n}: tab or CR in text")
                    rows.append((lang, label, tag, text))
    return rows


def check(rows):
    texts = [r[3] for r in rows]
    dup = [t for t, c in collections.Counter(t.casefold() for t in texts).items() if c > 1]
    if dup:
        fail(f"duplicate texts: {dup}")
    if len(rows) != 300:
        fail(f"{len(rows)} messages, want 300")
    lab = collections.Counter(r[1] for r in rows)
    if lab["INJECTION"] != 150 or lab["BENIGN"] != 150:
        fail(f"label counts {dict(lab)}")
    lang = collections.Counter(r[0] for r in rows)
    if dict(lang) != TARGET_LANG:
        fail(f"language counts {dict(lang)}")
    hard = sum(1 for r in rows if r[1] == "BENIGN" and r[2].startswith("hard:"))
    if not 65 <= hard <= 85:
        fail(f"{hard} hard negatives, want about 75")


def verify_tsv(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    lines = data.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if not all(l.startswith("#") for l in lines[:3]):
        fail("first three lines must be # headers")
    body = lines[3:]
    if any(l.startswith("#") for l in body):
        fail("header-like line in body")
    seen = set()
    c = collections.Counter()
    for i, l in enumerate(body, 4):
        parts = l.split("\t")
        if len(parts) != 3:
            fail(f"line {i}: {len(parts)} fields")
        lang, label, text = parts
        if lang not in LANGS or label not in LABELS or not text.strip():
            fail(f"line {i}: bad lang/label/text")
        if text in seen:
            fail(f"line {i}: duplicate")
        seen.add(text)
        c[(lang, label)] += 1
    if len(body) != 300:
        fail(f"TSV has {len(body)} messages")
    return c


def main():
    rows = load()
    check(rows)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for lang, label, _tag, text in rows:
            f.write(f"{lang}\t{label}\t{text}\n")
    c = verify_tsv(OUT)
    hard = collections.Counter(r[0] for r in rows if r[1] == "BENIGN" and r[2].startswith("hard:"))
    print("lang  INJECTION  BENIGN  (hard)  total")
    for lang in LANGS:
        print(f"{lang:4} {c[(lang,'INJECTION')]:9} {c[(lang,'BENIGN')]:7} {hard[lang]:7} {c[(lang,'INJECTION')]+c[(lang,'BENIGN')]:6}")
    print(f"all  {sum(v for k,v in c.items() if k[1]=='INJECTION'):9} {sum(v for k,v in c.items() if k[1]=='BENIGN'):7} {sum(hard.values()):7} {sum(c.values()):6}")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
