#!/usr/bin/env python3
"""Build injection-report-r18.tsv from the source lists in sources/.

Source line format: LABEL@@technique@@text   (LABEL = INJ or BEN; BEN techniques start with hard: or plain:)
Markers {{b64:...}}, {{rot13:...}}, {{rev:...}} in a text are expanded here so the encodings are exact.
A line break inside a message is written as the two characters backslash-n and kept that way.
"""
import base64, codecs, collections, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "injection-report-r18"
SEED = 18018
LANGS = ["nl", "en", "de", "fr"]
EXPECT_LANG = {"nl": 105, "en": 90, "de": 55, "fr": 50}
LABELS = {"INJ": "INJECTION", "BEN": "BENIGN"}

def expand(text):
    def rep(m):
        kind, body = m.group(1), m.group(2)
        if kind == "b64":
            return base64.b64encode(body.encode("utf-8")).decode("ascii")
        if kind == "rot13":
            return codecs.encode(body, "rot13")
        if kind == "rev":
            return body[::-1]
        raise ValueError(kind)
    return re.sub(r"\{\{(b64|rot13|rev):(.*?)\}\}", rep, text)

rows, errors = [], []
for lang in LANGS:
    for n, line in enumerate((HERE / "sources" / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("@@")
        if len(parts) != 3 or parts[0] not in LABELS:
            errors.append(f"{lang}:{n}: bad line")
            continue
        lab, tech, text = parts
        text = expand(text).strip()
        if "\t" in text or "\n" in text or "\r" in text:
            errors.append(f"{lang}:{n}: tab or raw newline")
        if "{{" in text:
            errors.append(f"{lang}:{n}: unexpanded marker")
        if lab == "BEN" and not tech.startswith(("hard:", "plain:")):
            errors.append(f"{lang}:{n}: benign without hard/plain tag")
        rows.append((lang, LABELS[lab], text, tech))

# checks
texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
if dups:
    errors.append(f"duplicates: {dups}")
cnt_label = collections.Counter(r[1] for r in rows)
cnt_lang = collections.Counter(r[0] for r in rows)
cnt_both = collections.Counter((r[0], r[1]) for r in rows)
hard = sum(1 for r in rows if r[3].startswith("hard:"))
if len(rows) != 300: errors.append(f"total {len(rows)} != 300")
if cnt_label["INJECTION"] != 150 or cnt_label["BENIGN"] != 150: errors.append(f"labels {cnt_label}")
for l, e in EXPECT_LANG.items():
    if cnt_lang[l] != e: errors.append(f"lang {l}: {cnt_lang[l]} != {e}")
if not (65 <= hard <= 85): errors.append(f"hard negatives {hard} not about half of 150")
if errors:
    sys.exit("ERRORS:\n" + "\n".join(errors))

random.Random(SEED).shuffle(rows)
header = [
    f"# {NAME}: 300 invented messages to the AI customer-service assistant (chat/e-mail) of Dutch and Belgian organisations, labelled INJECTION or BENIGN",
    "# format: one message per line, lang<TAB>label<TAB>text; lang in nl/en/de/fr; label INJECTION or BENIGN; a line break inside a message is written as \\n",
    "# written blind from the brief (no other file, data set or corpus consulted); frozen on delivery, do not edit",
]
out = HERE / f"{NAME}.tsv"
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for h in header:
        f.write(h + "\n")
    for lang, label, text, _ in rows:
        f.write(f"{lang}\t{label}\t{text}\n")

# re-read and verify
lines = out.read_text(encoding="utf-8").split("\n")
assert lines[-1] == ""
body = [l for l in lines[:-1] if not l.startswith("#")]
assert len(body) == 300 and all(l.count("\t") == 2 for l in body)
assert len(set(l.split("\t")[2] for l in body)) == 300
print(f"wrote {out}")
print("labels:", dict(cnt_label))
print("langs:", dict(cnt_lang))
print("lang x label:", {f"{k[0]}/{k[1]}": v for k, v in sorted(cnt_both.items())})
print("hard negatives:", hard, "plain benign:", cnt_label["BENIGN"] - hard)
