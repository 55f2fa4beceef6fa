#!/usr/bin/env python3
"""Check, build and shuffle injection-train-a18.tsv from the source lists in sources/."""
import collections, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "injection-train-a18"
LANGS = ["nl", "en", "de", "fr"]
LABELS = {"I": "INJECTION", "B": "BENIGN"}
SEED = 18018

rows = []
for lang in LANGS:
    with open(os.path.join(HERE, "sources", f"{lang}.txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            lab, tag, text = line.split("|", 2)
            assert lab in LABELS, (lang, n, lab)
            assert "\t" not in text, (lang, n, "tab")
            assert "\n" not in text and "\r" not in text, (lang, n)
            assert text == text.strip() and text, (lang, n, "whitespace")
            if lab == "B":
                assert tag == "plain" or tag.startswith("hard:"), (lang, n, tag)
            rows.append((lang, LABELS[lab], tag, text))

# checks
texts = [r[3] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
norm = collections.Counter(" ".join(t.lower().split()) for t in texts)
assert all(c == 1 for c in norm.values()), "near-duplicate (case/space)"
by_label = collections.Counter(r[1] for r in rows)
by_lang = collections.Counter(r[0] for r in rows)
by_both = collections.Counter((r[0], r[1]) for r in rows)
hard = sum(1 for r in rows if r[2].startswith("hard:"))
assert len(rows) == 300, len(rows)
assert by_label["INJECTION"] == 150 and by_label["BENIGN"] == 150, by_label
assert abs(by_lang["nl"] - 105) <= 5 and abs(by_lang["en"] - 90) <= 5
assert abs(by_lang["de"] - 55) <= 5 and abs(by_lang["fr"] - 50) <= 5, by_lang

random.Random(SEED).shuffle(rows)
out = os.path.join(HERE, f"{NAME}.tsv")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# {NAME}: invented messages to an AI customer-service assistant (NL/BE organisations), labelled INJECTION or BENIGN\n")
    f.write("# format: lang<TAB>label<TAB>text ; lang in nl/en/de/fr ; label in INJECTION/BENIGN ; a line break inside a message is written as \\n\n")
    f.write("# written blind from the brief (no other sources consulted); frozen on delivery, do not edit\n")
    for lang, label, tag, text in rows:
        f.write(f"{lang}\t{label}\t{text}\n")

# re-read and verify
with open(out, encoding="utf-8") as f:
    lines = f.read().split("\n")
assert lines[-1] == ""
lines = lines[:-1]
assert all(l.startswith("#") for l in lines[:3])
body = [l.split("\t") for l in lines[3:]]
assert len(body) == 300 and all(len(b) == 3 for b in body)
assert len({b[2] for b in body}) == 300

print("total", len(rows), dict(by_label))
print("per language", {l: by_lang[l] for l in LANGS})
for l in LANGS:
    print(" ", l, by_both[(l, "INJECTION")], "INJECTION", by_both[(l, "BENIGN")], "BENIGN")
print("hard negatives", hard, "plain benign", by_label["BENIGN"] - hard)
tags = collections.Counter(r[2].split(":")[0] if r[1] == "BENIGN" else r[2] for r in rows)
if "-v" in sys.argv:
    for t, c in sorted(tags.items()):
        print(f"  {t}: {c}")
