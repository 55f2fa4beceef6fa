#!/usr/bin/env python3
"""Build signals-report-r25.tsv from the source lists src-{nl,en,de,fr}.txt.

Source format: one message per line, `CODES<TAB>text`, where CODES is `-` or a
comma-separated set of H (HUMAN_REQUEST), C (COMPLAINT), R (HIGH_RISK_TOPIC),
F (FRUSTRATION). Lines starting with '#' are comments.
"""
import collections, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "signals-report-r25.tsv")
LANGS = ["nl", "en", "de", "fr"]
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
SEED = 20250425

rows, seen, errors = [], set(), []
for lang in LANGS:
    path = os.path.join(HERE, f"src-{lang}.txt")
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.count("\t") != 1:
                errors.append(f"{path}:{n}: expected exactly one tab")
                continue
            codes, text = line.split("\t")
            text = text.strip()
            if codes == "-":
                labels = []
            else:
                parts = codes.split(",")
                if any(p not in CODE for p in parts) or len(set(parts)) != len(parts):
                    errors.append(f"{path}:{n}: bad codes {codes!r}")
                    continue
                labels = [l for l in ORDER if l in {CODE[p] for p in parts}]
            if not text or "\r" in text:
                errors.append(f"{path}:{n}: empty text or CR")
            key = text.casefold()
            if key in seen:
                errors.append(f"{path}:{n}: duplicate text {text!r}")
            seen.add(key)
            rows.append((lang, ",".join(labels) if labels else "-", text))

if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    fh.write("# signals-report-r25: invented customer chat messages to Dutch/Belgian customer-service assistants (energy, parcels, health insurance, municipality and more), labelled with conversation signals\n")
    fh.write("# columns: lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n")
    fh.write(f"# written blind from the brief only (no other data consulted); shuffled with seed {SEED}; frozen on delivery, do not edit\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")

# report
N = len(rows)
print(f"total {N}")
lc = collections.Counter(r[0] for r in rows)
for l in LANGS:
    print(f"lang {l}: {lc[l]} ({100*lc[l]/N:.1f}%)")
none = sum(1 for r in rows if r[1] == "-")
print(f"no label: {none} ({100*none/N:.1f}%)")
for lab in ORDER:
    c = sum(1 for r in rows if lab in r[1].split(","))
    print(f"{lab}: {c} ({100*c/N:.1f}%)")
multi = collections.Counter(len(r[1].split(",")) for r in rows if r[1] != "-")
print("labels per labelled message:", dict(sorted(multi.items())))
print("per language x label:")
for l in LANGS:
    sub = [r for r in rows if r[0] == l]
    print(" ", l, {lab: sum(1 for r in sub if lab in r[1].split(",")) for lab in ORDER}, "none", sum(1 for r in sub if r[1] == "-"))
