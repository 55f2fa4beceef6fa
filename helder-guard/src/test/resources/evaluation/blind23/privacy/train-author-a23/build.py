#!/usr/bin/env python3
"""Check, build and shuffle privacy-train-a23.tsv from the source lists in src/.

Source markup (one message per line, lines starting with '#' are comments):
  [[TYPE|value]]  labelled span (TYPE may be a short form, see SHORT)
  {{GEN:opts}}    value generated here with a seeded RNG (seed 23):
                  BSN[:dots|:spaces|:bad], IBAN:CC[:g][:bad], CARD:visa|mc|amex|bad[:s|:d]
A literal backslash-n in the source is the line-break marker and is kept as the two characters \\n.
Usage: python3 build.py   (writes privacy-train-a23.tsv and prints statistics and checks)
"""
import random, re, sys, collections, pathlib

SEED = 23
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "privacy-train-a23.tsv"
LANGS = {"nl": 150, "en": 60, "de": 45, "fr": 45}
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN", "IBAN", "CARD",
         "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]
SHORT = {"N": "PERSON_NAME", "A": "ADDRESS", "P": "POSTCODE", "T": "PHONE", "E": "EMAIL", "D": "DATE_OF_BIRTH",
         "B": "BSN", "I": "IBAN", "C": "CARD", "ID": "ID_DOCUMENT", "L": "LICENCE_PLATE", "IP": "IP",
         "PW": "PASSWORD", "S": "SPECIAL_CATEGORY"}
HEADER = [
    "# privacy-train-a23: 300 invented customer messages (chat, contact form, e-mail) to Dutch and Belgian organisations, personal data labelled by type",
    "# columns: lang<TAB>text<TAB>labels; labels = TYPE=value;TYPE=value (empty = no personal data); a line break inside a text is written as \\n",
    "# written blind from the brief (no other data, files or code consulted); numbers generated with seed 23; frozen on delivery, do not edit",
]

rng = random.Random(SEED)

# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0

def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def luhn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{12,19}", d):
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0

# ---------- generators ----------
def gen_bsn(opts):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            break
    s = "".join(map(str, d + [last]))
    if "bad" in opts:
        s = s[:8] + str((int(s[8]) + rng.randint(1, 8)) % 10)
        if bsn_ok(s):
            return gen_bsn(opts)
    if "dots" in opts:
        s = f"{s[:4]}.{s[4:6]}.{s[6:]}"
    elif "spaces" in opts:
        s = f"{s[:3]} {s[3:6]} {s[6:]}"
    return s

def iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return f"{98 - n % 97:02d}"

def digits(k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))

def gen_iban(opts):
    cc = opts[0]
    if cc == "NL":
        bban = rng.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(10)
    elif cc == "BE":
        body = str(rng.randint(1, 9)) + digits(9)
        chk = int(body) % 97 or 97
        bban = body + f"{chk:02d}"
    elif cc == "DE":
        bban = str(rng.randint(1, 8)) + digits(7) + digits(10)
    elif cc == "FR":
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + f"{key:02d}"
    else:
        raise ValueError(cc)
    cd = iban_check(cc, bban)
    if "bad" in opts:
        cd = f"{(int(cd) + rng.randint(1, 60)) % 97 + 2:02d}"
    s = cc + cd + bban
    if "bad" in opts and iban_ok(s):
        return gen_iban(opts)
    if "g" in opts:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def luhn_digit(partial):
    for x in range(10):
        if luhn_ok(partial + str(x)):
            return str(x)

def gen_card(opts):
    kind = opts[0]
    if kind in ("visa", "bad"):
        partial = "4" + digits(14)
    elif kind == "mc":
        partial = "5" + str(rng.randint(1, 5)) + digits(13)
    elif kind == "amex":
        partial = rng.choice(["34", "37"]) + digits(12)
    s = partial + luhn_digit(partial)
    if kind == "bad":
        s = s[:-1] + str((int(s[-1]) + rng.randint(1, 9)) % 10)
        assert not luhn_ok(s)
    if "s" in opts:
        s = f"{s[:4]} {s[4:10]} {s[10:]}" if len(s) == 15 else " ".join(s[i:i + 4] for i in range(0, 16, 4))
    elif "d" in opts:
        s = "-".join(s[i:i + 4] for i in range(0, 16, 4))
    return s

GEN = {"BSN": gen_bsn, "IBAN": gen_iban, "CARD": gen_card}

def expand(line):
    def rep(m):
        name, opts = m.group(1), (m.group(2) or "").split(":") if m.group(2) else []
        return GEN[name](opts)
    return re.sub(r"\{\{([A-Z]+)(?::([^}]*))?\}\}", rep, line)

LABEL_RE = re.compile(r"\[\[([A-Z_]+)\|([^\]]+)\]\]")

def parse(line):
    labels = []
    def rep(m):
        t = SHORT.get(m.group(1), m.group(1))
        v = m.group(2)
        if t not in TYPES:
            sys.exit(f"unknown type {t} in: {line}")
        if (t, v) not in labels:
            labels.append((t, v))
        return v
    text = LABEL_RE.sub(rep, line)
    return text, labels

# ---------- build ----------
errors, warnings = [], []
rows = []
for lang in LANGS:
    for raw in (HERE / "src" / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        text, labels = parse(expand(raw))
        rows.append((lang, text, labels))

# ---------- checks ----------
cnt_lang = collections.Counter(r[0] for r in rows)
for lang, n in LANGS.items():
    if cnt_lang[lang] != n:
        errors.append(f"{lang}: {cnt_lang[lang]} messages, expected {n}")
texts = [r[1] for r in rows]
for t, c in collections.Counter(texts).items():
    if c > 1:
        errors.append(f"duplicate text: {t[:60]}")
for lang, text, labels in rows:
    if "\t" in text or "\n" in text or "[[" in text or "{{" in text or "]]" in text:
        errors.append(f"bad characters or markup left: {text[:60]}")
    for t, v in labels:
        if v not in text:
            errors.append(f"value not in text: {t}={v}")
        if ";" in v or "=" in v and t != "PASSWORD":
            errors.append(f"';' or '=' in value: {t}={v}")
        if v != v.strip():
            errors.append(f"untrimmed value: {t}={v!r}")
        if t == "BSN" and not bsn_ok(v):
            errors.append(f"BSN fails 11-test: {v}")
        if t == "IBAN" and not iban_ok(v):
            errors.append(f"IBAN fails mod-97: {v}")
        if t == "CARD" and not luhn_ok(v):
            errors.append(f"card fails Luhn: {v}")
        if text.count(v) > 1:
            warnings.append(f"value occurs {text.count(v)}x (check intended): {t}={v} | {text[:70]}")
    labelled = {v for _, v in labels}
    # unlabelled numbers that would pass a checksum
    for m in re.finditer(r"(?<![\w.])\d{9}(?![\w])|\b\d{4}\.\d{2}\.\d{3}\b|\b\d{3} \d{3} \d{3}\b", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            warnings.append(f"unlabelled 9-digit number passes 11-test: {m.group()} | {text[:70]}")
    for m in re.finditer(r"\b\d(?:[ -]?\d){11,18}\b", text):
        if luhn_ok(m.group()) and not any(m.group() in v or v in m.group() for v in labelled):
            warnings.append(f"unlabelled number passes Luhn: {m.group()} | {text[:70]}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()) and m.group() not in labelled:
            warnings.append(f"unlabelled valid IBAN (must be organisation data): {m.group()} | {text[:70]}")

if errors:
    print("ERRORS:\n  " + "\n  ".join(errors))
    sys.exit(1)

# ---------- shuffle and write ----------
random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for h in HEADER:
        f.write(h + "\n")
    for lang, text, labels in rows:
        f.write(f"{lang}\t{text}\t{';'.join(f'{t}={v}' for t, v in labels)}\n")

# ---------- statistics ----------
print(f"wrote {OUT.name}: {len(rows)} messages")
for lang in LANGS:
    sub = [r for r in rows if r[0] == lang]
    print(f"  {lang}: {len(sub)} messages, {sum(1 for r in sub if not r[2])} without personal data, "
          f"{sum(len(r[2]) for r in sub)} labels")
print(f"  total without personal data: {sum(1 for r in rows if not r[2])}; total labels: {sum(len(r[2]) for r in rows)}")
tc = collections.Counter(t for r in rows for t, _ in r[2])
for t in TYPES:
    per = collections.Counter(r[0] for r in rows for tt, _ in r[2] if tt == t)
    print(f"  {t}: {tc[t]}  ({', '.join(f'{l} {per[l]}' for l in LANGS)})")
for w in warnings:
    print("WARNING:", w)
