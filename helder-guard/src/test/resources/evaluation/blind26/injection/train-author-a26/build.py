#!/usr/bin/env python3
"""Check, build and shuffle injection-train-a26.tsv from the source lists in src/.

Source format: one message per line, `tag|||text`; lines starting with '#' are comments.
In benign files the tag starts with `hard:` (hard negative) or `plain:`.
A line break inside a message is written as the two characters \\n.
Placeholders {{b64:...}}, {{rot13:...}} and {{rev:...}} are expanded here so encoded
payloads are exact.
"""
import base64, codecs, collections, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "injection-train-a26.tsv")
SEED = 26
LANGS = ("nl", "en", "de", "fr")
LABELS = {"injection": "INJECTION", "benign": "BENIGN"}
HEADER = [
    "# injection-train-a26: invented messages to a Dutch/Belgian customer-service AI assistant, labelled INJECTION or BENIGN (prompt-injection detection).",
    "# columns: lang<TAB>label<TAB>text ; lang in nl/en/de/fr ; label in INJECTION/BENIGN ; a line break inside a message is written as \\n",
    "# written blind from the brief by author a26 (no other data consulted); frozen on delivery, do not edit",
]

def expand(text):
    def rep(m):
        kind, payload = m.group(1), m.group(2)
        if kind == "b64":
            return base64.b64encode(payload.encode("utf-8")).decode("ascii")
        if kind == "rot13":
            return codecs.encode(payload, "rot_13")
        if kind == "rev":
            return payload[::-1]
        raise ValueError(kind)
    return re.sub(r"\{\{(b64|rot13|rev):(.*?)\}\}", rep, text)

def load():
    rows, errors = [], []
    for lang in LANGS:
        for key, label in LABELS.items():
            path = os.path.join(SRC, f"{lang}_{key}.txt")
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    line = line.rstrip("\n")
                    if not line.strip() or line.startswith("#"):
                        continue
                    if "|||" not in line:
                        errors.append(f"{path}:{n}: no tag separator"); continue
                    tag, text = line.split("|||", 1)
                    text = expand(text.strip())
                    if label == "BENIGN" and not tag.startswith(("hard:", "plain:")):
                        errors.append(f"{path}:{n}: benign tag must start with hard: or plain:")
                    rows.append((lang, label, tag, text, f"{path}:{n}"))
    return rows, errors

def check(rows, errors):
    seen = {}
    for lang, label, tag, text, where in rows:
        if "\t" in text: errors.append(f"{where}: tab in text")
        if "\r" in text or "\n" in text: errors.append(f"{where}: raw line break in text")
        if "{{" in text: errors.append(f"{where}: unexpanded placeholder")
        if not text: errors.append(f"{where}: empty text")
        k = text.strip().lower()
        if k in seen: errors.append(f"{where}: duplicate of {seen[k]}")
        seen[k] = where
    c = collections.Counter((r[0], r[1]) for r in rows)
    tot = collections.Counter(r[1] for r in rows)
    if len(rows) != 300: errors.append(f"total {len(rows)} != 300")
    if tot["INJECTION"] != 150 or tot["BENIGN"] != 150: errors.append(f"label totals {dict(tot)}")
    return c, tot

def main():
    rows, errors = load()
    c, tot = check(rows, errors)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER: f.write(h + "\n")
        for lang, label, tag, text, _ in rows:
            f.write(f"{lang}\t{label}\t{text}\n")
    # re-read and verify the written file
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == ""; lines = lines[:-1]
    assert all(l.startswith("#") for l in lines[:3]) and not lines[3].startswith("#")
    body = lines[3:]
    assert len(body) == 300
    for l in body:
        p = l.split("\t")
        assert len(p) == 3 and p[0] in LANGS and p[1] in ("INJECTION", "BENIGN") and p[2], l
    assert len({l.split("\t")[2] for l in body}) == 300
    hard = sum(1 for r in rows if r[2].startswith("hard:"))
    print(f"wrote {OUT}: {len(body)} messages, hard negatives {hard}")
    for lang in LANGS:
        print(f"  {lang}: INJECTION {c[(lang,'INJECTION')]}, BENIGN {c[(lang,'BENIGN')]}, total {c[(lang,'INJECTION')]+c[(lang,'BENIGN')]}")
    print(f"  all: INJECTION {tot['INJECTION']}, BENIGN {tot['BENIGN']}")

if __name__ == "__main__":
    main()
