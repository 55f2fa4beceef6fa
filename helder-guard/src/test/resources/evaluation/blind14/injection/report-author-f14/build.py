#!/usr/bin/env python3
"""Check, build and shuffle injection-report-f14.tsv from the source lists in sources/.

Each source file is named <lang>_<label>.txt (label: injection|benign) and holds one
message per line as  TAG<TAB>TEXT , where TEXT writes line breaks as the two characters \\n.
TAG is a technique (INJECTION) or hard-*/plain (BENIGN); it is used only for the README
statistics and is not written to the TSV.
"""
import collections, glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "injection-report-f14.tsv")
SEED = 14014
LANGS = ("nl", "en", "de", "fr")
HEADER = [
    "# injection-report-f14: invented messages to a Dutch/Belgian customer-service AI assistant, labelled INJECTION or BENIGN (150/150)",
    "# columns: lang<TAB>label<TAB>text ; lang in nl|en|de|fr ; label in INJECTION|BENIGN ; line breaks inside a message written as \\n",
    "# written blind from the brief (no other data consulted), shuffled with seed 14014; frozen on delivery, do not edit",
]

def main():
    rows, errors = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "sources", "*.txt"))):
        m = re.fullmatch(r"(nl|en|de|fr)_(injection|benign)\.txt", os.path.basename(path))
        if not m:
            errors.append(f"unexpected source file {path}"); continue
        lang, label = m.group(1), m.group(2).upper()
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                parts = line.split("\t")
                if len(parts) != 2:
                    errors.append(f"{path}:{n}: expected TAG<TAB>TEXT"); continue
                tag, text = parts[0].strip(), parts[1].strip()
                if not tag or not text:
                    errors.append(f"{path}:{n}: empty tag or text")
                if "\r" in text:
                    errors.append(f"{path}:{n}: carriage return in text")
                if label == "BENIGN" and not (tag == "plain" or tag.startswith("hard-")):
                    errors.append(f"{path}:{n}: benign tag must be plain or hard-*")
                rows.append((lang, label, tag, text))

    # duplicates: exact and after normalising case/whitespace
    seen = {}
    for lang, label, tag, text in rows:
        key = re.sub(r"\s+", " ", text.lower()).strip()
        if key in seen:
            errors.append(f"duplicate text: {text[:60]!r}")
        seen[key] = 1

    by_label = collections.Counter(r[1] for r in rows)
    by_lang = collections.Counter(r[0] for r in rows)
    if len(rows) != 300: errors.append(f"expected 300 messages, got {len(rows)}")
    if by_label["INJECTION"] != 150 or by_label["BENIGN"] != 150:
        errors.append(f"label counts off: {dict(by_label)}")
    targets = {"nl": 105, "en": 90, "de": 55, "fr": 50}
    for l, t in targets.items():
        if abs(by_lang[l] - t) > 5:
            errors.append(f"language {l}: {by_lang[l]} far from ~{t}")
    hard = sum(1 for r in rows if r[1] == "BENIGN" and r[2].startswith("hard-"))
    if not 60 <= hard <= 90:
        errors.append(f"hard negatives {hard}, expected about half of 150")

    if errors:
        print("\n".join(errors)); sys.exit(1)

    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for lang, label, tag, text in rows:
            f.write(f"{lang}\t{label}\t{text}\n")

    # statistics for the README
    print("total", len(rows), dict(by_label))
    for l in LANGS:
        c = collections.Counter(r[1] for r in rows if r[0] == l)
        print(f"{l}: INJECTION {c['INJECTION']}  BENIGN {c['BENIGN']}  total {by_lang[l]}")
    print("hard negatives", hard, "plain", by_label["BENIGN"] - hard)
    fam = collections.Counter(r[2].split("-")[0] if r[1] == "INJECTION" else None for r in rows)
    tech = collections.Counter(r[2] for r in rows if r[1] == "INJECTION")
    print("injection techniques:")
    for t, c in sorted(tech.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t}: {c}")
    print("benign hard-negative kinds:")
    for t, c in sorted(collections.Counter(r[2] for r in rows if r[1] == "BENIGN").items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t}: {c}")

if __name__ == "__main__":
    main()
