#!/usr/bin/env python3
"""Build, check and shuffle privacy-train-k4.tsv from the hand-written source lists.

Source files src_nl.txt, src_en.txt, src_de.txt, src_fr.txt: one message per line
(blank lines and lines starting with '//' are skipped). A line break inside a message
is written as the two characters \\n.

Markup inside a message:
  [[TYPE|value]]   labelled span; value is copied verbatim into the text
  [[TYPE|@spec]]   labelled span whose value is generated (seeded) from spec
  {{@spec}}        generated value inserted WITHOUT a label (organisation data,
                   values failing their checksum, look-alikes)
spec = kind[.format]; kinds: bsn, bsnbad, iban_nl, iban_be, iban_de, iban_fr,
ibanbad_nl, ibanbad_de, card_visa, card_mc, card_amex, cardbad, ovbad, beid
formats: plain (default), sp, dots, dash, lower
"""
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

SEED = 20250404
HERE = Path(__file__).resolve().parent
NAME = "privacy-train-k4"
LANGS = OrderedDict([("nl", 150), ("en", 60), ("de", 45), ("fr", 45)])
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN",
         "IBAN", "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]

rng = random.Random(SEED)


# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    d = re.sub(r"[ \-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", d):
        return False
    r = d[4:] + d[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"[ \-]", "", s)
    if not d.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


# ---------- generators ----------
def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def gen_bsn():
    while True:
        d = str(rng.randint(1, 6)) + digits(7)
        tot = sum(int(d[i]) * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            return d + str(last)


def gen_bsnbad():
    b = gen_bsn()
    return b[:8] + str((int(b[8]) + rng.randint(1, 9)) % 10)


def iban_check(country, bban):
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return "%02d" % (98 - int(n) % 97)


def gen_iban(country):
    if country == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + "0" + digits(9)
    elif country == "BE":
        first = "%03d" % rng.choice([63, 68, 73, 1, 97, 310, 363, 645, 735, 751]) + digits(7)
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    elif country == "DE":
        bban = rng.choice(["10070024", "37040044", "50010517", "12030000", "44050199", "30050110"]) + digits(10)
    elif country == "FR":
        bank, guichet, acct = rng.choice(["30004", "20041", "30003", "10278"]), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        bban = bank + guichet + acct + "%02d" % key
    return country + iban_check(country, bban) + bban


def gen_ibanbad(country):
    v = gen_iban(country)
    ck = int(v[2:4])
    nck = (ck + rng.randint(1, 40)) % 100
    if nck in (0, 1):
        nck = 42
    return v[:2] + "%02d" % nck + v[4:]


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(kind):
    if kind == "visa":
        return luhn_complete("4" + digits(14))
    if kind == "mc":
        return luhn_complete("5" + str(rng.randint(1, 5)) + digits(13))
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]) + digits(12))


def gen_cardbad():
    v = gen_card("visa")
    return v[:-1] + str((int(v[-1]) + rng.randint(1, 9)) % 10)


def gen_ovbad():
    while True:
        v = "3528" + digits(12)
        if not luhn_ok(v):
            return v


def gen_beid():
    first = str(rng.randint(590, 599)) + digits(7)
    chk = int(first) % 97 or 97
    return first + "%02d" % chk


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def fmt(kind, value, f):
    if kind.startswith("bsn"):
        if f == "dots":
            return value[:3] + "." + value[3:6] + "." + value[6:]
        if f == "sp":
            return value[:4] + " " + value[4:6] + " " + value[6:]
        return value
    if kind.startswith("iban"):
        if f == "sp":
            return group(value)
        if f == "lower":
            return value.lower()
        if f == "dash":
            return group(value, 4, "-")
        return value
    if kind.startswith("card") or kind == "ovbad":
        if f in ("sp", "dash"):
            sep = " " if f == "sp" else "-"
            if len(value) == 15:
                return value[:4] + sep + value[4:10] + sep + value[10:]
            return group(value, 4, sep)
        return value
    if kind == "beid":
        return value[:3] + "-" + value[3:10] + "-" + value[10:]
    return value


def generate(spec):
    spec = spec.lstrip("@")
    kind, _, f = spec.partition(".")
    if kind == "bsn":
        v = gen_bsn()
    elif kind == "bsnbad":
        v = gen_bsnbad()
    elif kind.startswith("ibanbad_"):
        v = gen_ibanbad(kind.split("_")[1].upper())
    elif kind.startswith("iban_"):
        v = gen_iban(kind.split("_")[1].upper())
    elif kind.startswith("card_"):
        v = gen_card(kind.split("_")[1])
    elif kind == "cardbad":
        v = gen_cardbad()
    elif kind == "ovbad":
        v = gen_ovbad()
    elif kind == "beid":
        v = gen_beid()
    else:
        raise ValueError("unknown spec " + spec)
    return kind, fmt(kind, v, f)


# ---------- parse ----------
TOKEN = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|\{\{(@[^}]+)\}\}")
errors = []


def parse(line, lang, lineno):
    out, labels, pos = [], [], 0
    for m in TOKEN.finditer(line):
        out.append(line[pos:m.start()])
        pos = m.end()
        if m.group(3):  # unlabelled generated value
            kind, v = generate(m.group(3))
            if "bad" in kind:
                if (kind.startswith("bsn") and bsn_ok(v)) or (kind.startswith("iban") and iban_ok(v)) or \
                        (kind in ("cardbad", "ovbad") and luhn_ok(v)):
                    errors.append(f"{lang}:{lineno}: bad value passes checksum {v}")
            out.append(v)
            continue
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            errors.append(f"{lang}:{lineno}: unknown type {typ}")
        if val.startswith("@"):
            _, val = generate(val)
        if typ == "BSN" and not bsn_ok(val):
            errors.append(f"{lang}:{lineno}: BSN fails 11-test {val}")
        if typ == "IBAN" and not iban_ok(val):
            errors.append(f"{lang}:{lineno}: IBAN fails mod-97 {val}")
        if typ == "CARD" and not luhn_ok(val):
            errors.append(f"{lang}:{lineno}: card fails Luhn {val}")
        if ";" in val or "\t" in val or not val.strip() or val != val.strip():
            errors.append(f"{lang}:{lineno}: bad value {val!r}")
        out.append(val)
        if (typ, val) not in labels:
            labels.append((typ, val))
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        errors.append(f"{lang}:{lineno}: leftover markup")
    if "\t" in text:
        errors.append(f"{lang}:{lineno}: tab in text")
    for t, v in labels:
        if v not in text:
            errors.append(f"{lang}:{lineno}: value not in text {v}")
    return text, labels


rows = []
for lang in LANGS:
    src = HERE / f"src_{lang}.txt"
    for i, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        text, labels = parse(line, lang, i)
        rows.append((lang, text, labels))

# ---------- checks ----------
per_lang = Counter(r[0] for r in rows)
for lang, n in LANGS.items():
    if per_lang[lang] != n:
        errors.append(f"{lang}: {per_lang[lang]} messages, expected {n}")
texts = Counter(r[1] for r in rows)
for t, c in texts.items():
    if c > 1:
        errors.append("duplicate text: " + t[:60])
empty = sum(1 for r in rows if not r[2])
type_counts = Counter(t for r in rows for t, _ in r[2])
empty_lang = Counter(r[0] for r in rows if not r[2])

print("messages per language:", dict(per_lang))
print("without personal data:", empty, dict(empty_lang), "of", len(rows))
print("labels per type:", dict(sorted(type_counts.items())))
if errors:
    print("\n".join(errors))
    sys.exit(1)

# ---------- write ----------
rng_shuffle = random.Random(SEED + 1)
rng_shuffle.shuffle(rows)
header = [
    f"# {NAME}: invented customer messages (chat, contact form, e-mail) to the AI customer-service assistant of Dutch/Belgian organisations, personal data labelled by type and exact text",
    "# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty = no personal data) ; the two characters \\n in text stand for a line break",
    "# written blind from the brief (no other data consulted); checksummed numbers generated with a seeded script; frozen on delivery, not to be edited",
]
with open(HERE / f"{NAME}.tsv", "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(header) + "\n")
    for lang, text, labels in rows:
        fh.write(f"{lang}\t{text}\t" + ";".join(f"{t}={v}" for t, v in labels) + "\n")

# counts for the README
with open(HERE / "counts.txt", "w", encoding="utf-8") as fh:
    fh.write(f"messages: {len(rows)}\n")
    for lang in LANGS:
        fh.write(f"  {lang}: {per_lang[lang]} (without personal data: {empty_lang[lang]})\n")
    fh.write(f"without personal data: {empty}\n")
    fh.write(f"labels: {sum(type_counts.values())}\n")
    for t in TYPES:
        fh.write(f"  {t}: {type_counts[t]}\n")
print("written", NAME + ".tsv")
