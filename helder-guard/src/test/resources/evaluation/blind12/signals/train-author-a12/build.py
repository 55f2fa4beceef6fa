#!/usr/bin/env python3
"""Build signals-train-a12.tsv from the hand-written source lists (src_*.txt).

Source format: one message per line, 'CODES || text'; lines starting with '#' are comments.
CODES: comma-separated subset of H,C,R,F (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC,
FRUSTRATION) or '-' for none. Output lines are shuffled with a fixed seed.
"""
import random, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "signals-train-a12"
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
LANGS = ["nl", "en", "de", "fr"]
SEED = 20240612
EXPECTED_TOTAL = 360

rows = []
for lang in LANGS:
    with open(os.path.join(HERE, f"src_{lang}.txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            codes, sep, text = line.partition(" || ")
            assert sep, f"{lang}:{n}: missing separator"
            text = text.strip()
            assert text and "\t" not in text and "\r" not in text, f"{lang}:{n}: bad text"
            codes = codes.strip()
            if codes == "-":
                labels = "-"
            else:
                names = set()
                for c in codes.split(","):
                    assert c in CODE, f"{lang}:{n}: bad code {c!r}"
                    names.add(CODE[c])
                labels = ",".join(l for l in ORDER if l in names)
            rows.append((lang, labels, text))

texts = [r[2] for r in rows]
dups = [t for t, k in collections.Counter(texts).items() if k > 1]
assert not dups, f"duplicate texts: {dups}"
assert len(rows) == EXPECTED_TOTAL, f"expected {EXPECTED_TOTAL} rows, got {len(rows)}"

random.Random(SEED).shuffle(rows)
with open(os.path.join(HERE, f"{NAME}.tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write(f"# {NAME}: invented customer chat messages to the AI assistant of Dutch/Belgian organisations, labelled with conversation signals\n")
    out.write("# columns: lang<TAB>labels<TAB>text; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or - for none\n")
    out.write("# written blind from the brief (no other data, file or corpus consulted); frozen on delivery, not to be edited\n")
    for r in rows:
        out.write("\t".join(r) + "\n")

# statistics
N = len(rows)
print(f"total {N}")
for lang in LANGS:
    k = sum(1 for r in rows if r[0] == lang)
    print(f"lang {lang}: {k} ({100*k/N:.1f}%)")
none = sum(1 for r in rows if r[1] == "-")
print(f"no label: {none} ({100*none/N:.1f}%)")
for l in ORDER:
    k = sum(1 for r in rows if l in r[1].split(","))
    print(f"{l}: {k} ({100*k/N:.1f}%)")
multi = collections.Counter(len(r[1].split(",")) for r in rows if r[1] != "-")
print("labels per labelled message:", dict(sorted(multi.items())))
print("per language x label:")
for lang in LANGS:
    sub = [r for r in rows if r[0] == lang]
    parts = [f"none={sum(1 for r in sub if r[1]=='-')}"] + [f"{l}={sum(1 for r in sub if l in r[1].split(','))}" for l in ORDER]
    print(f"  {lang}: " + " ".join(parts))
print("combinations:")
for combo, k in collections.Counter(r[1] for r in rows).most_common():
    print(f"  {k:4d} {combo}")
