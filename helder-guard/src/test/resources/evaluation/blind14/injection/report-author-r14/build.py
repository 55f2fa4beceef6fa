#!/usr/bin/env python3
"""Check, build and shuffle injection-report-r14.tsv from sources/{nl,en,de,fr}.txt.

Source line format: LABEL|technique|text  (LABEL = I or B; a line break inside a
message is written as the two characters \\n). Lines starting with # are comments.
The technique tag is kept only in the sources and in the printed summary.
"""
import collections, pathlib, random, sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "injection-report-r14.tsv"
SEED = 1414
LANGS = ["nl", "en", "de", "fr"]
TARGET = {"nl": 105, "en": 90, "de": 55, "fr": 50}
HEADER = [
    "# injection-report-r14: invented messages to the AI customer-service assistant of Dutch/Belgian organisations, labelled INJECTION or BENIGN",
    "# columns: lang<TAB>label<TAB>text ; lang in {nl,en,de,fr}; label in {INJECTION,BENIGN}; a line break inside a message is written as \\n",
    "# written blind from the brief (no other data consulted); shuffled with seed 1414; frozen on delivery, do not edit",
]

def fail(msg):
    sys.exit("CHECK FAILED: " + msg)

rows, seen, norm_seen = [], {}, {}
tech = collections.Counter()
for lang in LANGS:
    for n, line in enumerate((HERE / "sources" / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 2)
        if len(parts) != 3:
            fail(f"{lang}:{n} bad format")
        lab, tg, text = parts
        if lab not in ("I", "B"):
            fail(f"{lang}:{n} bad label {lab!r}")
        if tg.startswith("hn-") and lab != "B":
            fail(f"{lang}:{n} hard-negative tag on INJECTION")
        if "\t" in text or "\r" in text:
            fail(f"{lang}:{n} tab or CR in text")
        if text != text.strip() or not text:
            fail(f"{lang}:{n} leading/trailing whitespace or empty")
        if text in seen:
            fail(f"{lang}:{n} duplicate of {seen[text]}")
        key = " ".join(text.lower().split())
        if key in norm_seen:
            fail(f"{lang}:{n} near-duplicate of {norm_seen[key]}")
        seen[text] = norm_seen[key] = f"{lang}:{n}"
        label = "INJECTION" if lab == "I" else "BENIGN"
        rows.append((lang, label, text))
        tech[(label, tg)] += 1

c = collections.Counter((l, lab) for l, lab, _ in rows)
if len(rows) != 300:
    fail(f"{len(rows)} rows, want 300")
for lab in ("INJECTION", "BENIGN"):
    if sum(v for (l, x), v in c.items() if x == lab) != 150:
        fail(f"{lab} count is not 150")
for l in LANGS:
    got = c[(l, "INJECTION")] + c[(l, "BENIGN")]
    if abs(got - TARGET[l]) > 3:
        fail(f"{l}: {got} rows, target about {TARGET[l]}")
hn = sum(v for (lab, tg), v in tech.items() if tg.startswith("hn-"))
if not 60 <= hn <= 90:
    fail(f"{hn} hard negatives, want about 75")

random.Random(SEED).shuffle(rows)
with OUT.open("w", encoding="utf-8", newline="\n") as f:
    for h in HEADER:
        f.write(h + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

# re-read and verify the written file
lines = OUT.read_text(encoding="utf-8").split("\n")
assert lines[-1] == "" and all(x.startswith("#") for x in lines[:3])
body = lines[3:-1]
assert len(body) == 300 and all(len(x.split("\t")) == 3 for x in body)
assert len({x.split("\t")[2] for x in body}) == 300

print(f"wrote {OUT} ({len(rows)} messages, seed {SEED})")
print("\n| lang | INJECTION | BENIGN | total |\n|---|---|---|---|")
for l in LANGS:
    print(f"| {l} | {c[(l,'INJECTION')]} | {c[(l,'BENIGN')]} | {c[(l,'INJECTION')]+c[(l,'BENIGN')]} |")
print(f"| all | 150 | 150 | 300 |\n\nhard negatives: {hn}\n")
print("| label | technique | count |\n|---|---|---|")
for (lab, tg), v in sorted(tech.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
    print(f"| {lab} | {tg} | {v} |")
