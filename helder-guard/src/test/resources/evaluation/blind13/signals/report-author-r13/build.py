#!/usr/bin/env python3
"""Build signals-report-r13.tsv from the four hand-written source lists.

Source line format: CODES<space>text, CODES = '-' or comma-separated letters
H=HUMAN_REQUEST, C=COMPLAINT, R=HIGH_RISK_TOPIC, F=FRUSTRATION. Lines starting with '#' are comments.
The output lines are shuffled with a fixed seed so the build is reproducible.
"""
import random, sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "signals-report-r13.tsv"
SEED = 13013
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
SOURCES = [("nl", "src_nl.txt"), ("en", "src_en.txt"), ("de", "src_de.txt"), ("fr", "src_fr.txt")]

rows, seen, errors = [], set(), []
for lang, fname in SOURCES:
    for n, raw in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        codes, _, text = raw.partition(" ")
        text = text.strip()
        if not text or "\t" in text:
            errors.append(f"{fname}:{n}: empty text or tab")
            continue
        if codes == "-":
            labels = "-"
        else:
            parts = codes.split(",")
            if any(p not in CODE for p in parts) or len(set(parts)) != len(parts):
                errors.append(f"{fname}:{n}: bad codes {codes!r}")
                continue
            names = {CODE[p] for p in parts}
            labels = ",".join(l for l in ORDER if l in names)
        key = text.casefold()
        if key in seen:
            errors.append(f"{fname}:{n}: duplicate text {text!r}")
            continue
        seen.add(key)
        rows.append((lang, labels, text))

if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)

random.Random(SEED).shuffle(rows)
header = [
    "# signals-report-r13: invented customer chat messages to AI customer-service assistants (NL/BE organisations), labelled with conversation signals",
    "# columns: lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none",
    "# written blind from signals-brief.md (no other data consulted); frozen on delivery, do not edit",
]
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

total = len(rows)
lang_c = collections.Counter(r[0] for r in rows)
lab_c = collections.Counter()
combo = collections.Counter(r[1] for r in rows)
for r in rows:
    if r[1] != "-":
        lab_c.update(r[1].split(","))
print(f"total {total}")
for l in ["nl", "en", "de", "fr"]:
    print(f"lang {l} {lang_c[l]} ({100*lang_c[l]/total:.1f}%)")
print(f"none {combo['-']} ({100*combo['-']/total:.1f}%)")
for l in ORDER:
    print(f"label {l} {lab_c[l]} ({100*lab_c[l]/total:.1f}%)")
multi = sum(v for k, v in combo.items() if k.count(",") >= 1)
print(f"multi-label {multi}")
for k, v in sorted(combo.items(), key=lambda x: -x[1]):
    print(f"combo {k} {v}")
words = [len(r[2].split()) for r in rows]
print(f"short (2-10 words) {sum(1 for w in words if w <= 10)}; longest {max(words)} words")
