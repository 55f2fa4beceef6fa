#!/usr/bin/env python3
"""Check, build and shuffle injection-report-f26.tsv from sources/{nl,en,de,fr}.txt.

Source line format: LABEL|tag|text  (LABEL I=INJECTION, B=BENIGN; '#' lines are comments).
A line break inside a message is written as the two characters \\n.
Placeholders in the text are expanded: {{b64:...}} {{rot13:...}} {{rev:...}} {{spaced:...}}.
"""
import base64, codecs, collections, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "injection-report-f26.tsv"
LANGS = ["nl", "en", "de", "fr"]
SEED = 2026
HEADER = [
    "# injection-report-f26: invented messages to the AI customer-service assistant of Dutch/Belgian organisations (water company, car insurer, housing corporation, electronics webshop), labelled INJECTION or BENIGN",
    "# format: lang<TAB>label<TAB>text ; lang in {nl,en,de,fr}; label in {INJECTION,BENIGN}; a line break inside a message is written as \\n",
    "# written blind from the brief only (no other data consulted); frozen on delivery, do not edit",
]

def expand(text):
    def rep(m):
        kind, body = m.group(1), m.group(2)
        if kind == "b64":
            return base64.b64encode(body.encode("utf-8")).decode("ascii")
        if kind == "rot13":
            return codecs.encode(body, "rot13")
        if kind == "rev":
            return body[::-1]
        if kind == "spaced":
            return " ".join(body)  # letters separated by spaces; word gaps become triple spaces
        raise ValueError(kind)
    return re.sub(r"\{\{(b64|rot13|rev|spaced):(.*?)\}\}", rep, text)

rows, errors = [], []
for lang in LANGS:
    for n, line in enumerate((HERE / "sources" / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 2)
        if len(parts) != 3 or parts[0] not in ("I", "B"):
            errors.append(f"{lang}:{n}: bad source line"); continue
        lab, tag, text = parts
        text = expand(text.strip())
        if "\t" in text or "\r" in text or "\n" in text:
            errors.append(f"{lang}:{n}: tab or real newline in text")
        if "{{" in text:
            errors.append(f"{lang}:{n}: unexpanded placeholder")
        if lab == "B" and not (tag == "plain" or tag.startswith("hard-")):
            errors.append(f"{lang}:{n}: benign tag must be plain or hard-*")
        rows.append((lang, "INJECTION" if lab == "I" else "BENIGN", tag, text))

texts = [r[3] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
if dups:
    errors.append(f"duplicate texts: {dups}")
by = collections.Counter((r[0], r[1]) for r in rows)
lab = collections.Counter(r[1] for r in rows)
if len(rows) != 300: errors.append(f"total {len(rows)} != 300")
if lab["INJECTION"] != 150 or lab["BENIGN"] != 150: errors.append(f"labels {dict(lab)}")
hard = sum(1 for r in rows if r[1] == "BENIGN" and r[2].startswith("hard-"))
if not 60 <= hard <= 90: errors.append(f"hard negatives {hard} not about half of 150")
if errors:
    print("\n".join(errors)); sys.exit(1)

random.Random(SEED).shuffle(rows)
with OUT.open("w", encoding="utf-8", newline="\n") as f:
    for h in HEADER:
        f.write(h + "\n")
    for lang, label, tag, text in rows:
        f.write(f"{lang}\t{label}\t{text}\n")

# re-read and verify the written file against the brief's format rules
lines = OUT.read_text(encoding="utf-8").split("\n")
assert lines[-1] == ""; lines = lines[:-1]
assert all(l.startswith("#") for l in lines[:3]) and not lines[3].startswith("#")
body = [l.split("\t") for l in lines[3:]]
assert len(body) == 300 and all(len(b) == 3 for b in body)
assert all(b[0] in LANGS and b[1] in ("INJECTION", "BENIGN") and b[2] for b in body)
assert len({b[2] for b in body}) == 300

print("written", OUT)
for lang in LANGS:
    print(f"{lang}: INJECTION {by[(lang,'INJECTION')]:3d}  BENIGN {by[(lang,'BENIGN')]:3d}  total {by[(lang,'INJECTION')]+by[(lang,'BENIGN')]}")
print("total:", dict(lab), "hard negatives:", hard, "plain benign:", 150 - hard)
tech = collections.Counter(r[2] for r in rows if r[1] == "INJECTION")
print("injection techniques:", sorted(tech.items(), key=lambda x: -x[1]))
htech = collections.Counter(r[2] for r in rows if r[1] == "BENIGN")
print("benign kinds:", sorted(htech.items(), key=lambda x: -x[1]))
