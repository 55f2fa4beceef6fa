#!/usr/bin/env python3
"""Build signals-report-f21.tsv from the source lists in src/ (seeded shuffle + checks)."""
import collections, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "signals-report-f21"
SEED = 2121
ORDER = ["HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION"]
CODE = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
LANGS = ["nl", "en", "de", "fr"]

rows = []
for lang in LANGS:
    with open(os.path.join(HERE, "src", lang + ".txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            codes, sep, text = line.partition(" | ")
            assert sep, f"{lang}:{n} no separator"
            codes, text = codes.strip(), text.strip()
            if codes == "-":
                labels = "-"
            else:
                parts = codes.split(",")
                assert all(p in CODE for p in parts), f"{lang}:{n} bad codes {codes}"
                assert len(set(parts)) == len(parts), f"{lang}:{n} repeated code"
                labels = ",".join(l for l in ORDER if l in {CODE[p] for p in parts})
            assert text and "\t" not in text and "\r" not in text, f"{lang}:{n} bad text"
            rows.append((lang, labels, text))

# checks
texts = [t for _, _, t in rows]
dups = [t for t, c in collections.Counter(t.casefold() for t in texts).items() if c > 1]
assert not dups, f"duplicate texts: {dups}"
N = len(rows)
by_lang = collections.Counter(l for l, _, _ in rows)
by_label = collections.Counter(x for _, lab, _ in rows if lab != "-" for x in lab.split(","))
none = sum(1 for _, lab, _ in rows if lab == "-")
multi = collections.Counter(len(lab.split(",")) for _, lab, _ in rows if lab != "-")
print(f"total {N}")
for l in LANGS:
    print(f"  {l}: {by_lang[l]} ({100*by_lang[l]/N:.1f}%)")
print(f"  no label: {none} ({100*none/N:.1f}%)")
for l in ORDER:
    print(f"  {l}: {by_label[l]} ({100*by_label[l]/N:.1f}%)")
print(f"  labelled messages by number of labels: {dict(sorted(multi.items()))}")
assert 0.35 <= none / N <= 0.40, "no-label share out of range"
for l in ORDER:
    assert by_label[l] / N >= 0.175, f"{l} too rare"
assert multi[2] > 0 and multi[3] > 0

rng = random.Random(SEED)
rng.shuffle(rows)
out = os.path.join(HERE, NAME + ".tsv")
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    fh.write("# signals-report-f21: invented customer chat messages to the AI assistant of Dutch/Belgian organisations, labelled with conversation signals\n")
    fh.write("# columns: lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n")
    fh.write(f"# written blind from the brief (no other data consulted); shuffled with seed {SEED}; frozen on delivery, not to be edited\n")
    for lang, labels, text in rows:
        fh.write(f"{lang}\t{labels}\t{text}\n")

# re-read and verify
with open(out, encoding="utf-8") as fh:
    lines = fh.read().split("\n")
assert lines[-1] == ""
lines = lines[:-1]
assert all(l.startswith("#") for l in lines[:3])
body = lines[3:]
assert len(body) == N
for l in body:
    f = l.split("\t")
    assert len(f) == 3 and f[0] in LANGS and f[2]
print("wrote", out)
