#!/usr/bin/env python3
"""Check, build and shuffle injection-train-m4.tsv from the src_*.txt source lists.

Source line format: '<tag> <text>' with tag I (INJECTION), H (BENIGN, hard negative)
or B (BENIGN, plain). '#' lines are comments. Line breaks inside a message are the two
characters backslash-n. Placeholders expanded here so the encoded payloads are exact:
{{b64:...}} base64, {{rot13:...}} ROT13, {{rev:...}} reversed, {{spaced:...}} letter-spaced.
"""
import base64, codecs, collections, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "injection-train-m4"
LANGS = ["nl", "en", "de", "fr"]
SEED = 20261201
TAGS = {"I": "INJECTION", "H": "BENIGN", "B": "BENIGN"}

def expand(text):
    def sub(m):
        kind, payload = m.group(1), m.group(2)
        if kind == "b64":
            return base64.b64encode(payload.encode("utf-8")).decode("ascii")
        if kind == "rot13":
            return codecs.encode(payload, "rot13")
        if kind == "rev":
            return payload[::-1]
        if kind == "spaced":
            return " ".join(payload)
        raise ValueError(kind)
    return re.sub(r"\{\{(b64|rot13|rev|spaced):(.*?)\}\}", sub, text)

def main():
    rows, errors = [], []
    seen = set()
    stats = collections.Counter()
    for lang in LANGS:
        for n, line in enumerate((HERE / f"src_{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            tag, _, text = line.partition(" ")
            if tag not in TAGS:
                errors.append(f"{lang}:{n} bad tag {tag!r}")
                continue
            text = expand(text.strip())
            if "\t" in text or "\n" in text or "\r" in text:
                errors.append(f"{lang}:{n} tab or raw newline")
            if "{{" in text:
                errors.append(f"{lang}:{n} unexpanded placeholder")
            key = re.sub(r"\s+", " ", text.lower())
            if key in seen:
                errors.append(f"{lang}:{n} duplicate text")
            seen.add(key)
            rows.append((lang, TAGS[tag], text))
            stats[(lang, tag)] += 1
    labels = collections.Counter(r[1] for r in rows)
    if len(rows) != 300: errors.append(f"total {len(rows)} != 300")
    if labels["INJECTION"] != 150 or labels["BENIGN"] != 150: errors.append(f"labels {dict(labels)}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    random.Random(SEED).shuffle(rows)
    header = [
        f"# {NAME}: invented messages to the AI customer-service assistant of Dutch/Belgian organisations, labelled INJECTION or BENIGN (evaluation set).",
        "# columns: lang<TAB>label<TAB>text ; lang in nl/en/de/fr ; label in INJECTION/BENIGN ; a line break inside a message is written as the two characters \\n",
        f"# written blind from the brief only (no other data consulted), shuffled with seed {SEED}; frozen on delivery, do not edit.",
    ]
    out = "\n".join(header + ["\t".join(r) for r in rows]) + "\n"
    (HERE / f"{NAME}.tsv").write_text(out, encoding="utf-8")
    print("rows", len(rows), dict(labels))
    for lang in LANGS:
        i, h, b = stats[(lang, "I")], stats[(lang, "H")], stats[(lang, "B")]
        print(f"{lang}: total {i+h+b}  INJECTION {i}  BENIGN {h+b} (hard {h}, plain {b})")

if __name__ == "__main__":
    main()
