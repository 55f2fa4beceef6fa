#!/usr/bin/env python3
"""Build signals-report-f13.tsv from the hand-written source lists in src/.

Source format: one message per line, `CODE|text`, where CODE is `-` (no label) or a
combination of H (HUMAN_REQUEST), C (COMPLAINT), R (HIGH_RISK_TOPIC), F (FRUSTRATION).
Lines starting with `#` are comments. The script validates, shuffles with a fixed seed
and writes the TSV next to this script.
"""
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "signals-report-f13.tsv"
SEED = 13013
LANGS = ["nl", "en", "de", "fr"]
CODE2LABEL = {"H": "HUMAN_REQUEST", "C": "COMPLAINT", "R": "HIGH_RISK_TOPIC", "F": "FRUSTRATION"}
ORDER = ["H", "C", "R", "F"]

HEADER = [
    "# signals-report-f13: invented customer chat messages (nl/en/de/fr) to AI customer-service assistants of Dutch/Belgian organisations, labelled with conversation signals",
    "# columns: lang<TAB>labels<TAB>text; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none",
    "# written blind from signals-brief.md without consulting any other data; frozen on delivery, do not edit",
]


def load():
    rows = []
    for lang in LANGS:
        for n, line in enumerate((HERE / "src" / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            code, sep, text = line.partition("|")
            if not sep:
                sys.exit(f"{lang}:{n}: no separator")
            code, text = code.strip(), text.strip()
            if "\t" in text or "\n" in text or not text:
                sys.exit(f"{lang}:{n}: bad text")
            if code == "-":
                labels = "-"
            else:
                if any(c not in ORDER for c in code) or len(set(code)) != len(code):
                    sys.exit(f"{lang}:{n}: bad code {code!r}")
                labels = ",".join(CODE2LABEL[c] for c in ORDER if c in code)
            rows.append((lang, labels, text))
    texts = Counter(t for _, _, t in rows)
    dups = [t for t, k in texts.items() if k > 1]
    if dups:
        sys.exit(f"duplicate texts: {dups}")
    return rows


def stats(rows):
    n = len(rows)
    out = [f"total messages: {n}"]
    lc = Counter(r[0] for r in rows)
    out.append("per language: " + ", ".join(f"{l} {lc[l]} ({lc[l]/n:.1%})" for l in LANGS))
    none = sum(1 for r in rows if r[1] == "-")
    out.append(f"no label: {none} ({none/n:.1%})")
    for c in ORDER:
        k = sum(1 for r in rows if CODE2LABEL[c] in r[1].split(","))
        out.append(f"{CODE2LABEL[c]}: {k} ({k/n:.1%})")
    multi = Counter(len(r[1].split(",")) for r in rows if r[1] != "-")
    out.append("labels per labelled message: " + ", ".join(f"{k}: {multi[k]}" for k in sorted(multi)))
    combos = Counter(r[1] for r in rows)
    out.append("label combinations:")
    for lab, k in sorted(combos.items(), key=lambda x: (-x[1], x[0])):
        out.append(f"  {lab}: {k}")
    out.append("per language x label:")
    for l in LANGS:
        sub = [r for r in rows if r[0] == l]
        parts = [f"none {sum(1 for r in sub if r[1] == '-')}"]
        for c in ORDER:
            parts.append(f"{c} {sum(1 for r in sub if CODE2LABEL[c] in r[1].split(','))}")
        out.append(f"  {l} ({len(sub)}): " + ", ".join(parts))
    return "\n".join(out)


def main():
    rows = load()
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for lang, labels, text in rows:
            f.write(f"{lang}\t{labels}\t{text}\n")
    print(stats(rows))


if __name__ == "__main__":
    main()
