#!/usr/bin/env python3
"""Build signals-train-a13.tsv from the hand-written source lists src_{nl,en,de,fr}.txt.

Source line format:  CODES :: text   (lines starting with '#' are comments)
CODES: comma-separated subset of H,C,R,F (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION) or '-'.
The script validates the lists, shuffles all messages with a fixed seed and writes the TSV; it prints counts.
"""
import random, sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "signals-train-a13.tsv"
SEED = 13013
LANGS = ["nl", "en", "de", "fr"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
ORDER = ["H", "C", "R", "F"]

rows, seen = [], set()
for lang in LANGS:
    for n, line in enumerate((HERE / f"src_{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        codes, sep, text = line.partition(" :: ")
        text = text.strip()
        if not sep or not text:
            sys.exit(f"src_{lang}.txt:{n}: malformed line")
        if "\t" in text or "\n" in text or "\r" in text:
            sys.exit(f"src_{lang}.txt:{n}: tab or line break in text")
        if codes == "-":
            labels = "-"
        else:
            cs = codes.split(",")
            if any(c not in CODE for c in cs) or len(set(cs)) != len(cs) or cs != sorted(cs, key=ORDER.index):
                sys.exit(f"src_{lang}.txt:{n}: bad codes {codes!r}")
            labels = ",".join(CODE[c] for c in cs)
        if text in seen:
            sys.exit(f"src_{lang}.txt:{n}: duplicate text")
        seen.add(text)
        rows.append((lang, labels, text))

random.Random(SEED).shuffle(rows)

header = [
    "# signals-train-a13: invented customer chat messages to the AI assistant of Dutch/Belgian organisations, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION)",
    "# columns: lang<TAB>labels<TAB>text ; lang in nl|en|de|fr ; labels = comma-separated subset in fixed order, or '-' for none",
    f"# written blind from the brief by author a13 (no other data consulted); {len(rows)} messages shuffled with seed {SEED}; frozen on delivery, do not edit",
]
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

N = len(rows)
lang_c = collections.Counter(r[0] for r in rows)
lab_c = collections.Counter(l for r in rows if r[1] != "-" for l in r[1].split(","))
none = sum(r[1] == "-" for r in rows)
nlab = collections.Counter(0 if r[1] == "-" else len(r[1].split(",")) for r in rows)
print(f"total {N}")
for l in LANGS:
    print(f"lang {l}: {lang_c[l]} ({100*lang_c[l]/N:.1f}%)")
for c in ORDER:
    print(f"label {CODE[c]}: {lab_c[CODE[c]]} ({100*lab_c[CODE[c]]/N:.1f}%)")
print(f"no label: {none} ({100*none/N:.1f}%)")
print("labels per message:", dict(sorted(nlab.items())))
print("per language x label:")
for l in LANGS:
    sub = [r for r in rows if r[0] == l]
    lc = collections.Counter(x for r in sub if r[1] != "-" for x in r[1].split(","))
    print(f"  {l}: " + ", ".join(f"{CODE[c]}={lc[CODE[c]]}" for c in ORDER) + f", none={sum(r[1]=='-' for r in sub)}")
print("label combinations:")
for k, v in collections.Counter(r[1] for r in rows).most_common():
    print(f"  {v:4d}  {k}")
