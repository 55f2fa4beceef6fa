#!/usr/bin/env python3
"""Build, check and shuffle privacy-train-a27.tsv from the hand-written source lists.

Source markup (one message per line in src_<lang>.txt, '#' lines are comments):
  [[T:value]]           labelled span, T = short or full type name
  {{kind|arg|fmt}}      generated checksummed value, labelled
  {{!kind|arg|fmt}}     generated valid value of the ORGANISATION (not labelled)
  {{xkind|arg|fmt}}     generated value that FAILS its checksum (not labelled)
  kinds: bsn|fmt (plain,dot,sp) ; iban|cc|fmt (plain,grp,lgrp) ; card|brand|fmt (plain,sp,dash)
A literal "\\n" (backslash n) in a source line is a line break inside the message and is kept as is.
"""
import random, re, sys, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "privacy-train-a27.tsv")
SEED = 27
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN", "IBAN", "CARD",
         "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]
SHORT = {"N": "PERSON_NAME", "A": "ADDRESS", "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL", "D": "DATE_OF_BIRTH",
         "ID": "ID_DOCUMENT", "LP": "LICENCE_PLATE", "IP": "IP", "PW": "PASSWORD", "S": "SPECIAL_CATEGORY",
         "BSN": "BSN", "IBAN": "IBAN", "CARD": "CARD"}
for t in TYPES:
    SHORT[t] = t
TARGET = {"nl": 150, "en": 60, "de": 45, "fr": 45}

rng = random.Random(SEED)

# ---------- checksums ----------
def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    tot = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return tot % 11 == 0 and any(d)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) < 12:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def iban_num(s):
    s = re.sub(r"\s", "", s).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s2 = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s2):
        return False
    return iban_num(s2) % 97 == 1

# ---------- generators ----------
def gen_bsn(valid=True):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if valid:
            if last == 10:
                continue
            d.append(last)
        else:
            cand = [x for x in range(10) if x != last]
            d.append(rng.choice(cand))
        out = "".join(map(str, d))
        if bsn_ok(out) == valid:
            return out

def fmt_bsn(s, fmt):
    if fmt == "dot":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if fmt == "sp":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s

BANKS = {"nl": ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]}

def make_iban(cc, bban):
    chk = 98 - iban_num(cc + "00" + bban) % 97
    return f"{cc}{chk:02d}{bban}"

def gen_iban(cc, valid=True):
    if cc == "nl":
        bban = rng.choice(BANKS["nl"]) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == "be":
        base = rng.randint(10**9, 10**10 - 1)
        k = base % 97 or 97
        bban = f"{base:010d}{k:02d}"
    elif cc == "de":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    elif cc == "fr":
        bank = rng.randint(10000, 39999); branch = rng.randint(10000, 99999); acc = rng.randint(10**9, 10**11 - 1)
        key = 97 - ((89 * bank + 15 * branch + 3 * acc) % 97)
        bban = f"{bank:05d}{branch:05d}{acc:011d}{key:02d}"
    else:
        raise ValueError(cc)
    iban = make_iban(cc.upper(), bban)
    if not valid:
        # change one digit of the account part so mod-97 fails
        while True:
            i = rng.randint(len(iban) - 6, len(iban) - 1)
            nd = str((int(iban[i]) + rng.randint(1, 9)) % 10)
            bad = iban[:i] + nd + iban[i + 1:]
            if not iban_ok(bad):
                return bad
    assert iban_ok(iban), iban
    return iban

def fmt_iban(s, fmt):
    if fmt in ("grp", "lgrp"):
        g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return g.lower() if fmt == "lgrp" else g
    return s

def gen_card(brand, valid=True):
    n = 15 if brand == "amex" else 16
    prefix = {"visa": "4", "mc": rng.choice(["51", "52", "53", "54", "55"]), "amex": rng.choice(["34", "37"])}[brand]
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix) - 1))
        for c in range(10):
            if luhn_ok(body + str(c)):
                good = body + str(c)
                break
        if valid:
            return good
        bad = body + str((int(good[-1]) + rng.randint(1, 9)) % 10)
        if not luhn_ok(bad):
            return bad

def fmt_card(s, fmt):
    if len(s) == 15:
        parts = [s[:4], s[4:10], s[10:]]
    else:
        parts = [s[i:i + 4] for i in range(0, 16, 4)]
    if fmt == "sp":
        return " ".join(parts)
    if fmt == "dash":
        return "-".join(parts)
    return s

def generate(spec):
    flag = ""
    if spec[0] in "!x":
        flag, spec = spec[0], spec[1:]
    parts = spec.split("|")
    kind = parts[0]
    valid = flag != "x"
    if kind == "bsn":
        v = fmt_bsn(gen_bsn(valid), parts[1] if len(parts) > 1 else "plain"); t = "BSN"
    elif kind == "iban":
        v = fmt_iban(gen_iban(parts[1], valid), parts[2] if len(parts) > 2 else "plain"); t = "IBAN"
    elif kind == "card":
        v = fmt_card(gen_card(parts[1], valid), parts[2] if len(parts) > 2 else "plain"); t = "CARD"
    else:
        raise ValueError(spec)
    return v, (t if flag == "" else None)

TOKEN = re.compile(r"\[\[([A-Z_]+):([^\]]+?)\]\]|\{\{([^}]+)\}\}")

def parse(line):
    labels, text, pos = [], [], 0
    for m in TOKEN.finditer(line):
        text.append(line[pos:m.start()])
        if m.group(1):
            t = SHORT.get(m.group(1))
            if not t:
                raise ValueError(f"unknown type {m.group(1)} in: {line[:80]}")
            v = m.group(2)
        else:
            v, t = generate(m.group(3))
        text.append(v)
        if t and (t, v) not in labels:
            labels.append((t, v))
        pos = m.end()
    text.append(line[pos:])
    return "".join(text), labels

# ---------- build ----------
rows, errors = [], []
for lang in TARGET:
    path = os.path.join(HERE, f"src_{lang}.txt")
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            try:
                text, labels = parse(raw.strip())
            except Exception as e:
                errors.append(f"{lang}:{ln}: {e}")
                continue
            rows.append((lang, text, labels, ln))

# ---------- checks ----------
seen = set()
for lang, text, labels, ln in rows:
    where = f"{lang}:{ln}"
    if "\t" in text or "\r" in text or "\n" in text:
        errors.append(f"{where}: tab/newline in text")
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        errors.append(f"{where}: leftover markup")
    if text in seen:
        errors.append(f"{where}: duplicate text")
    seen.add(text)
    for t, v in labels:
        if t not in TYPES:
            errors.append(f"{where}: bad type {t}")
        if ";" in v:
            errors.append(f"{where}: ';' in value {v!r}")
        if v not in text:
            errors.append(f"{where}: value not in text {v!r}")
        if v != v.strip():
            errors.append(f"{where}: untrimmed value {v!r}")
        if t == "BSN" and not bsn_ok(v):
            errors.append(f"{where}: BSN fails 11-test {v}")
        if t == "IBAN" and not iban_ok(v):
            errors.append(f"{where}: IBAN fails mod97 {v}")
        if t == "CARD" and not luhn_ok(v):
            errors.append(f"{where}: card fails Luhn {v}")
    # unlabelled look-alikes that would pass a checksum -> warn (must be org data, or changed)
    labelled = " ".join(v for _, v in labels)
    for m in re.finditer(r"(?<![\d.])\d{9}(?![\d])|\b\d{4}\.\d{2}\.\d{3}\b|\b\d{3} \d{3} \d{3}\b", text):
        s = m.group(0)
        if bsn_ok(s) and s not in labelled:
            print(f"WARN {where}: unlabelled 9-digit passes 11-test: {s}")
    for m in re.finditer(r"\b\d(?:[ -]?\d){12,18}\b", text):
        s = m.group(0)
        if luhn_ok(s) and len(re.sub(r'\D', '', s)) in (15, 16) and s not in labelled:
            print(f"WARN {where}: unlabelled number passes Luhn: {s}")
for e in errors:
    print("ERROR", e)

cnt_lang = collections.Counter(r[0] for r in rows)
empty_lang = collections.Counter(r[0] for r in rows if not r[2])
cnt_type = collections.Counter(t for r in rows for t, _ in r[2])
print("per language:", dict(cnt_lang), "target", TARGET)
print("without PD per language:", dict(empty_lang), "total", sum(empty_lang.values()), "of", len(rows))
print("labels per type:")
for t in TYPES:
    print(f"  {t}: {cnt_type[t]}")
if errors or dict(cnt_lang) != TARGET:
    print("NOT WRITTEN: fix errors / counts")
    sys.exit(1)

order = list(range(len(rows)))
random.Random(SEED).shuffle(order)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("# privacy-train-a27: invented customer messages to Dutch/Belgian customer-service assistants, personal data labelled per message\n")
    f.write("# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty = no personal data) ; \\n in text = line break\n")
    f.write("# written blind from the privacy brief by author a27 (no other data consulted); generated with seed 27; frozen on delivery, do not edit\n")
    for i in order:
        lang, text, labels, _ = rows[i]
        f.write(f"{lang}\t{text}\t{';'.join(f'{t}={v}' for t, v in labels)}\n")
print("written", OUT)
