#!/usr/bin/env python3
"""Build, check and shuffle privacy-train-a19.tsv from the source_messages_*.txt lists.

Source line format: lang|||text|||labels   (text uses the two characters \\n for line breaks)
Placeholders {key} in text and labels are replaced by seeded, checksummed numbers:
  bsnN / bsnNs / bsnNd      valid BSN (plain / spaced 3-3-3 / dotted 4.2.3)
  xbsnN                     9-digit number that FAILS the 11-test (never labelled)
  ibnlN, ibbeN, ibdeN, ibfrN (+ 's' = grouped by 4)   valid IBAN
  xibnlN, xibdeN            IBAN-shaped strings that FAIL mod-97 (never labelled)
  cvN, cmN, caN (+ 's')     Visa / Mastercard / Amex numbers passing Luhn
  beidN                     Belgian eID card number (12 digits, national mod-97 check)
"""
import random, re, sys, collections, os

SEED = 19
NAME = "privacy-train-a19"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN", "IBAN",
         "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"}
TARGET = {"nl": 150, "en": 60, "de": 45, "fr": 45}

# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0

def iban_ok(s):
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    r = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(s):
    d = re.sub(r"[ \-]", "", s)
    if not re.fullmatch(r"\d{12,19}", d):
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0

# ---------- generators ----------
def rng_for(base):
    return random.Random(f"{SEED}-{base}")

def gen_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d + [s]))
            assert bsn_ok(v)
            return v

def iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - n % 97:02d}"

def gen_iban(r, cc):
    if cc == "NL":
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        bban = bank + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc == "BE":
        first = "".join(str(r.randint(0, 9)) for _ in range(10))
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    elif cc == "DE":
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        bban = str(r.randint(1, 8)) + bban[1:]
    elif cc == "FR":
        bank = "".join(str(r.randint(0, 9)) for _ in range(5))
        guichet = "".join(str(r.randint(0, 9)) for _ in range(5))
        compte = "".join(str(r.randint(0, 9)) for _ in range(11))
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)
        bban = bank + guichet + compte + f"{key:02d}"
    v = cc + iban_check(cc, bban) + bban
    assert iban_ok(v)
    return v

def gen_card(r, kind):
    if kind == "cv":
        body, length = "4" + "".join(str(r.randint(0, 9)) for _ in range(14)), 16
    elif kind == "cm":
        body, length = "5" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(13)), 16
    else:
        body, length = "3" + r.choice("47") + "".join(str(r.randint(0, 9)) for _ in range(12)), 15
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def gen_beid(r):
    first = "592" + "".join(str(r.randint(0, 9)) for _ in range(7))
    chk = int(first) % 97
    chk = 97 - chk if chk else 97
    v = first + f"{chk % 100:02d}"
    return f"{v[:3]}-{v[3:10]}-{v[10:]}"

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def fmt_card(v, kind):
    if kind == "ca":
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return group4(v)

CACHE = {}
def value_for(key):
    if key in CACHE:
        return CACHE[key]
    m = re.fullmatch(r"(x?)(bsn|ibnl|ibbe|ibde|ibfr|cv|cm|ca|beid)(\d+)([sd]?)", key)
    if not m:
        raise KeyError(key)
    bad, kind, n, fmt = m.groups()
    r = rng_for(bad + kind + n)
    if kind == "bsn":
        v = gen_bsn(r)
        if bad:
            v = v[:8] + str((int(v[8]) + 1 + r.randint(0, 7)) % 10)
            assert not bsn_ok(v)
        if fmt == "s":
            v = f"{v[:3]} {v[3:6]} {v[6:]}"
        elif fmt == "d":
            v = f"{v[:4]}.{v[4:6]}.{v[6:]}"
    elif kind.startswith("ib"):
        v = gen_iban(r, kind[2:].upper())
        if bad:
            while True:
                i = r.randint(4, len(v) - 1)
                if v[i].isdigit():
                    w = v[:i] + str((int(v[i]) + r.randint(1, 9)) % 10) + v[i + 1:]
                    if not iban_ok(w):
                        v = w
                        break
        if fmt == "s":
            v = group4(v)
    elif kind in ("cv", "cm", "ca"):
        v = gen_card(r, kind)
        if bad:
            v = v[:-1] + str((int(v[-1]) + 5) % 10)
        if fmt == "s":
            v = fmt_card(v, kind)
    elif kind == "beid":
        v = gen_beid(r)
    CACHE[key] = v
    return v

def fill(s):
    return re.sub(r"\{(\w+)\}", lambda m: value_for(m.group(1)), s)

# ---------- read ----------
rows, errors, warnings = [], [], []
for lang in ["nl", "en", "de", "fr"]:
    with open(os.path.join(HERE, f"source_messages_{lang}.txt"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("|||")
            if len(parts) != 3:
                errors.append(f"{lang}:{ln} bad field count")
                continue
            l, text, labels = parts
            if l != lang:
                errors.append(f"{lang}:{ln} lang mismatch {l}")
            text, labels = fill(text), fill(labels)
            rows.append((l, text, labels, f"{lang}:{ln}"))

# ---------- checks ----------
counts_lang = collections.Counter()
counts_type = collections.Counter()
empty = collections.Counter()
seen_texts = set()
for l, text, labels, where in rows:
    counts_lang[l] += 1
    if "\t" in text or "\t" in labels or "\r" in text:
        errors.append(f"{where} tab/CR")
    if "\n" in text:
        errors.append(f"{where} real newline in text")
    if text in seen_texts:
        errors.append(f"{where} duplicate text")
    seen_texts.add(text)
    if "{" in text or "}" in text:
        errors.append(f"{where} unfilled placeholder")
    if not labels:
        empty[l] += 1
        pairs = []
    else:
        pairs = [p.split("=", 1) for p in labels.split(";")]
    vals = set()
    for p in pairs:
        if len(p) != 2 or p[0] not in TYPES or not p[1]:
            errors.append(f"{where} bad label {p}")
            continue
        t, v = p
        counts_type[t] += 1
        if v not in text:
            errors.append(f"{where} value not in text: {t}={v}")
        if (t, v) in vals:
            errors.append(f"{where} duplicate label {t}={v}")
        vals.add((t, v))
        if v != v.strip():
            errors.append(f"{where} whitespace around value {v!r}")
        if t == "BSN" and not bsn_ok(v):
            errors.append(f"{where} BSN fails 11-test {v}")
        if t == "IBAN" and not iban_ok(v):
            errors.append(f"{where} IBAN fails mod-97 {v}")
        if t == "CARD" and not luhn_ok(v):
            errors.append(f"{where} CARD fails Luhn {v}")
    labelled_vals = " | ".join(v for _, v in pairs)
    # warnings: checksum-valid numbers that are not labelled
    for m in re.finditer(r"(?<![\d.])\d{4}[ .]?\d{2}[ .]?\d{3}(?![\d])|(?<![\d ])\d{3} \d{3} \d{3}(?![\d])|(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group(0)) and m.group(0) not in labelled_vals:
            warnings.append(f"{where} unlabelled 11-test-valid number: {m.group(0)}")
    for m in re.finditer(r"\d[\d \-]{11,22}\d", text):
        cand = m.group(0)
        if luhn_ok(cand) and cand not in labelled_vals:
            warnings.append(f"{where} unlabelled Luhn-valid number: {cand}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?", text):
        if iban_ok(m.group(0)) and m.group(0) not in labelled_vals:
            warnings.append(f"{where} unlabelled valid IBAN (org/example?): {m.group(0)}")

for l, n in TARGET.items():
    if counts_lang[l] != n:
        errors.append(f"language {l}: {counts_lang[l]} != {n}")

if errors:
    print("ERRORS:")
    print("\n".join(errors))
    sys.exit(1)

# ---------- sort labels by first occurrence, shuffle, write ----------
def sort_labels(text, labels):
    if not labels:
        return ""
    pairs = [p.split("=", 1) for p in labels.split(";")]
    pairs = sorted(enumerate(pairs), key=lambda x: (text.find(x[1][1]), x[0]))
    return ";".join(f"{t}={v}" for _, (t, v) in pairs)

out = [(l, t, sort_labels(t, lab)) for l, t, lab, _ in rows]
random.Random(SEED).shuffle(out)
path = os.path.join(HERE, f"{NAME}.tsv")
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# {NAME}: 300 invented customer messages (nl/en/de/fr) to Dutch and Belgian organisations' AI assistants, with every piece of personal data labelled by type and exact text\n")
    f.write("# format: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty when none) ; a line break inside a text is written as the two characters \\n\n")
    f.write("# written blind from the brief (no other files, data sets or code consulted); checksummed numbers generated with seed 19; frozen on delivery - do not edit\n")
    for l, t, lab in out:
        f.write(f"{l}\t{t}\t{lab}\n")

total = len(out)
n_empty = sum(empty.values())
print(f"wrote {path}")
print(f"messages: {total}  per language: {dict(counts_lang)}")
print(f"without personal data: {n_empty} ({n_empty/total:.0%})  per language: {dict(empty)}")
print(f"labels: {sum(counts_type.values())}")
for t in sorted(TYPES):
    print(f"  {t}: {counts_type[t]}")
if warnings:
    print("WARNINGS (review):")
    print("\n".join(warnings))
