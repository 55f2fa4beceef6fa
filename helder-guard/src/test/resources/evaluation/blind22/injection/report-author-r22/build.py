#!/usr/bin/env python3
"""Check, build and shuffle injection-report-r22.tsv from the source lists src_{nl,en,de,fr}.py."""
import collections, importlib, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "injection-report-r22.tsv")
SEED = 2022
LANGS = ["nl", "en", "de", "fr"]
HEADER = [
    "# injection-report-r22: invented messages to an AI customer-service assistant of Dutch/Belgian organisations, labelled INJECTION or BENIGN",
    "# columns: lang<TAB>label<TAB>text ; lang in nl/en/de/fr ; label in INJECTION/BENIGN ; line breaks inside a message written as the two characters \\n",
    "# written blind from the brief (no other data consulted) by author r22; frozen on delivery, do not edit",
]

rows, tags = [], collections.Counter()
for lang in LANGS:
    mod = importlib.import_module("src_" + lang)
    for label, items in (("INJECTION", mod.INJECTION), ("BENIGN", mod.BENIGN)):
        for tag, text in items:
            tags[(lang, label, tag)] += 1
            rows.append((lang, label, tag, text))

errors = []
seen = {}
for lang, label, tag, text in rows:
    if "\t" in text: errors.append("tab in: " + text[:60])
    if "\\n" in text: errors.append("literal backslash-n already in: " + text[:60])
    if "\r" in text: errors.append("CR in: " + text[:60])
    if text != text.strip(): errors.append("outer whitespace: " + text[:60])
    key = " ".join(text.lower().split())
    if key in seen: errors.append("duplicate: " + text[:60])
    seen[key] = 1
    if label == "BENIGN" and tag not in ("hard", "plain"): errors.append("bad benign tag " + tag)

by = collections.Counter((l, lab) for l, lab, _, _ in rows)
total = collections.Counter(lab for _, lab, _, _ in rows)
per_lang = collections.Counter(l for l, _, _, _ in rows)
if len(rows) != 300: errors.append("total %d != 300" % len(rows))
if total["INJECTION"] != 150 or total["BENIGN"] != 150: errors.append("label split %s" % dict(total))
target = {"nl": 105, "en": 90, "de": 55, "fr": 50}
for l in LANGS:
    if abs(per_lang[l] - target[l]) > 5: errors.append("lang %s count %d far from %d" % (l, per_lang[l], target[l]))
if errors:
    print("\n".join(errors)); sys.exit(1)

random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for h in HEADER:
        f.write(h + "\n")
    for lang, label, tag, text in rows:
        f.write("%s\t%s\t%s\n" % (lang, label, text.replace("\n", "\\n")))

# re-read and verify
lines = open(OUT, encoding="utf-8").read().split("\n")
assert lines[-1] == ""
lines = lines[:-1]
assert all(l.startswith("#") for l in lines[:3])
body = lines[3:]
assert len(body) == 300
for l in body:
    parts = l.split("\t")
    assert len(parts) == 3 and parts[0] in LANGS and parts[1] in ("INJECTION", "BENIGN") and parts[2]
assert len(set(l.split("\t")[2] for l in body)) == 300

print("wrote", OUT)
print("lang  INJECTION  BENIGN(hard/plain)  total")
for l in LANGS:
    h = tags[(l, "BENIGN", "hard")]; p = tags[(l, "BENIGN", "plain")]
    print("%-4s  %9d  %6d (%d/%d)  %5d" % (l, by[(l, "INJECTION")], by[(l, "BENIGN")], h, p, per_lang[l]))
print("all   %9d  %6d              %5d" % (total["INJECTION"], total["BENIGN"], len(rows)))
print("\nINJECTION techniques (main tag) per language:")
techs = sorted({t for (l, lab, t) in tags if lab == "INJECTION"})
print("%-12s %s total" % ("tag", " ".join("%3s" % l for l in LANGS)))
for t in techs:
    c = [tags[(l, "INJECTION", t)] for l in LANGS]
    print("%-12s %s %5d" % (t, " ".join("%3d" % x for x in c), sum(c)))
