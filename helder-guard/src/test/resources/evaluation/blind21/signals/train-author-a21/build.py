#!/usr/bin/env python3
"""Build signals-train-a21.tsv from the hand-written source lists (src-<lang>.txt).
Source line format: CODES || text, with CODES from H,C,R,F (or '-' for none)."""
import random, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "signals-train-a21"
LANGS = ["nl", "en", "de", "fr"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
ORDER = "HCRF"
SEED = 2121

rows, seen, errors = [], set(), []
for lang in LANGS:
    with open(os.path.join(HERE, f"src-{lang}.txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            codes, sep, text = line.partition(" || ")
            codes, text = codes.strip(), text.strip()
            if not sep or not text:
                errors.append(f"{lang}:{n} bad line"); continue
            if codes == "-":
                labels = "-"
            else:
                if any(c not in ORDER for c in codes) or len(set(codes)) != len(codes):
                    errors.append(f"{lang}:{n} bad codes {codes}"); continue
                labels = ",".join(CODE[c] for c in ORDER if c in codes)
            if "\t" in text or "\r" in text:
                errors.append(f"{lang}:{n} tab/CR in text"); continue
            key = text.casefold()
            if key in seen:
                errors.append(f"{lang}:{n} duplicate text"); continue
            seen.add(key)
            rows.append((lang, labels, text))
if errors:
    print("\n".join(errors)); sys.exit(1)

random.Random(SEED).shuffle(rows)
with open(os.path.join(HERE, NAME + ".tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write(f"# {NAME}: invented customer chat messages to a Dutch/Belgian organisation's AI assistant, labelled with conversation signals\n")
    out.write("# columns: lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n")
    out.write("# written blind from the signals brief (no other data consulted); frozen on delivery, do not edit\n")
    for r in rows:
        out.write("\t".join(r) + "\n")

# checks and counts
N = len(rows)
by_lang = collections.Counter(r[0] for r in rows)
lab = collections.Counter()
multi = collections.Counter()
none = 0
per_lang_lab = collections.defaultdict(collections.Counter)
for lang, labels, _ in rows:
    if labels == "-":
        none += 1; per_lang_lab[lang]["-"] += 1; continue
    ls = labels.split(",")
    multi[len(ls)] += 1
    for l in ls:
        lab[l] += 1; per_lang_lab[lang][l] += 1
print(f"total {N}")
for l in LANGS:
    print(f"  {l}: {by_lang[l]} ({100*by_lang[l]/N:.1f}%)  " + " ".join(f"{k}={v}" for k, v in sorted(per_lang_lab[l].items())))
print(f"  none: {none} ({100*none/N:.1f}%)")
for l in CODE.values():
    print(f"  {l}: {lab[l]} ({100*lab[l]/N:.1f}%)")
print("  labels per message: " + ", ".join(f"{k}: {v}" for k, v in sorted(multi.items())))
# verify written file round-trips
with open(os.path.join(HERE, NAME + ".tsv"), encoding="utf-8") as fh:
    body = [l.rstrip("\n").split("\t") for l in fh if not l.startswith("#")]
assert len(body) == N and all(len(b) == 3 for b in body)
assert len({b[2] for b in body}) == N
print("ok")
