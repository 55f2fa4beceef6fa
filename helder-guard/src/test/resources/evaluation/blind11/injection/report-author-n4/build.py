#!/usr/bin/env python3
"""Check, build and shuffle injection-report-n4.tsv from the src_*.py lists."""
import collections, importlib.util, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "injection-report-n4"
SEED = 20240611
TARGET = {"nl": 105, "en": 90, "de": 55, "fr": 50}
LABELS = {"INJECTION", "BENIGN"}


def load(lang):
    spec = importlib.util.spec_from_file_location("src_" + lang, os.path.join(HERE, f"src_{lang}.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ITEMS


rows, errors = [], []
for lang in TARGET:
    for label, tag, text in load(lang):
        if label not in LABELS:
            errors.append(f"bad label {label!r}")
        if "\t" in text or "\r" in text:
            errors.append(f"tab/CR in: {text[:60]!r}")
        if "\\n" in text:
            errors.append(f"literal backslash-n in source: {text[:60]!r}")
        if text != text.strip() or not text:
            errors.append(f"whitespace/empty: {text[:60]!r}")
        rows.append((lang, label, tag, text.replace("\n", "\\n")))

seen = set()
for r in rows:
    key = r[3].casefold()
    if key in seen:
        errors.append(f"duplicate: {r[3][:60]!r}")
    seen.add(key)

by_lang = collections.Counter(r[0] for r in rows)
by_label = collections.Counter(r[1] for r in rows)
by_ll = collections.Counter((r[0], r[1]) for r in rows)
hard = sum(1 for r in rows if r[1] == "BENIGN" and r[2].startswith("hard:"))

if len(rows) != 300:
    errors.append(f"total {len(rows)} != 300")
if by_label["INJECTION"] != 150 or by_label["BENIGN"] != 150:
    errors.append(f"labels {dict(by_label)}")
for lang, n in TARGET.items():
    if by_lang[lang] != n:
        errors.append(f"{lang}: {by_lang[lang]} != {n}")

print("per language/label:")
for lang in TARGET:
    print(f"  {lang}: INJECTION {by_ll[(lang,'INJECTION')]:3d}  BENIGN {by_ll[(lang,'BENIGN')]:3d}  total {by_lang[lang]}")
print(f"total {len(rows)}  {dict(by_label)}  hard negatives {hard}")

if "--tags" in sys.argv:
    tags = collections.Counter((r[1], r[2].split(":")[0] if r[1] == "INJECTION" else r[2]) for r in rows)
    for (label, tag), n in sorted(tags.items()):
        print(f"  {label:9s} {tag:28s} {n}")

if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

random.Random(SEED).shuffle(rows)
out = os.path.join(HERE, NAME + ".tsv")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# {NAME}: invented messages to the AI customer-service assistant of Dutch/Belgian organisations, labelled INJECTION or BENIGN (300 items: 150 INJECTION, 150 BENIGN).\n")
    f.write("# columns: lang<TAB>label<TAB>text ; lang in nl/en/de/fr ; label in INJECTION/BENIGN ; a line break inside a message is written as the two characters \\n\n")
    f.write(f"# written blind from the brief alone (no other file, data set or corpus consulted); shuffled with seed {SEED}; frozen on delivery, do not edit.\n")
    for lang, label, tag, text in rows:
        f.write(f"{lang}\t{label}\t{text}\n")
print("wrote", out)
