#!/usr/bin/env python3
"""Check, build and shuffle injection-report-n5.tsv from src/<lang>.txt.

Source format: lines starting with '#' at top are comments; each item starts with
'@@ <I|B> <tag>' and its text runs until the next '@@' line. Real line breaks in
the text become the two characters \\n in the TSV. The tag (technique) is kept
only in the sources and used for the README table.
"""
import random, sys, collections, pathlib, unicodedata

HERE = pathlib.Path(__file__).resolve().parent
NAME = "injection-report-n5"
LANGS = ["nl", "en", "de", "fr"]
SEED = 20240511
LABEL = {"I": "INJECTION", "B": "BENIGN"}

def parse(lang):
    items, cur = [], None
    for line in (HERE / "src" / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("@@ "):
            if cur: items.append(cur)
            _, lab, tag = line.split(" ", 2)
            assert lab in LABEL, line
            cur = {"lang": lang, "label": LABEL[lab], "tag": tag.strip(), "lines": []}
        elif cur is None:
            assert line.startswith("#") or not line.strip(), line
        else:
            cur["lines"].append(line.rstrip())
    if cur: items.append(cur)
    for it in items:
        text = "\n".join(it["lines"]).strip("\n")
        it["text"] = unicodedata.normalize("NFC", text)
        del it["lines"]
    return items

def main():
    items = [it for l in LANGS for it in parse(l)]
    errs = []
    seen = {}
    for it in items:
        t = it["text"]
        if not t.strip(): errs.append(f"empty text {it}")
        if "\t" in t: errs.append(f"tab in text: {t[:60]}")
        if "\\n" in t: errs.append(f"literal backslash-n in source: {t[:60]}")
        if "\r" in t: errs.append(f"CR in text: {t[:60]}")
        key = t.strip().lower()
        if key in seen: errs.append(f"duplicate: {t[:60]}")
        seen[key] = 1
    cnt = collections.Counter((i["lang"], i["label"]) for i in items)
    lab = collections.Counter(i["label"] for i in items)
    lang = collections.Counter(i["lang"] for i in items)
    if len(items) != 300: errs.append(f"total {len(items)} != 300")
    if lab["INJECTION"] != 150 or lab["BENIGN"] != 150: errs.append(f"labels {lab}")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    rng = random.Random(SEED)
    rng.shuffle(items)
    header = [
        f"# {NAME}: invented messages to an AI customer-service assistant of Dutch/Belgian organisations, labelled INJECTION or BENIGN (300 items: 150 INJECTION, 150 BENIGN; nl/en/de/fr).",
        "# columns: lang<TAB>label<TAB>text ; lang in {nl,en,de,fr}; label in {INJECTION,BENIGN}; line breaks inside a message are written as the two characters \\n",
        f"# written blind from the brief only (no other data consulted); shuffled with random.Random({SEED}); frozen on delivery - do not edit",
    ]
    out = "\n".join(header + [f"{i['lang']}\t{i['label']}\t{i['text'].replace(chr(10), chr(92) + 'n')}" for i in items]) + "\n"
    (HERE / f"{NAME}.tsv").write_text(out, encoding="utf-8")
    # re-read and verify
    rows = [l.split("\t") for l in out.splitlines() if not l.startswith("#")]
    assert len(rows) == 300 and all(len(r) == 3 for r in rows)
    assert len({r[2] for r in rows}) == 300
    print("per lang:", dict(lang))
    print("per label:", dict(lab))
    for l in LANGS:
        hard = sum(1 for i in items if i["lang"] == l and i["tag"].startswith("hard"))
        print(f"  {l}: INJECTION {cnt[(l,'INJECTION')]}, BENIGN {cnt[(l,'BENIGN')]} (hard negatives {hard})")
    fam = collections.Counter((i["label"], i["tag"].split(":")[0]) for i in items)
    for k, v in sorted(fam.items()): print(f"  {k[0]:9} {k[1]:12} {v}")
    lens = sorted(len(i["text"]) for i in items)
    print("length min/median/max:", lens[0], lens[150], lens[-1])

if __name__ == "__main__":
    main()
