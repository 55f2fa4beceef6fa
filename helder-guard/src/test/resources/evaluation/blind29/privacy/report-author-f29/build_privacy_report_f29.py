#!/usr/bin/env python3
"""Checks, builds and shuffles privacy-report-f29.tsv from the source lists.

Source files: src_nl_*.txt, src_en.txt, src_de.txt, src_fr.txt (one message per line,
language taken from the file name). Lines starting with '//' and empty lines are skipped.

Markup inside a source line:
  [[TYPE|value]]     a labelled span (the value is kept in the text, the label is collected)
  {{KIND}}           a generated checksummed number (seed 290291), e.g. {{BSN}}, {{IBAN_NL_sp}}
  {{KIND#x}}         the same generated value again within the same message
A value that is generated but not wrapped in [[...]] is NOT labelled (organisation data,
deliberately failing numbers, etc.).
"""
import glob
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "privacy-report-f29.tsv")
NUM_SEED = 290291
SHUFFLE_SEED = 291
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN", "IBAN",
         "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]
TARGET = {"nl": 150, "en": 60, "de": 45, "fr": 45}

rng = random.Random(NUM_SEED)


# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0 and tot != 0


def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{13,19}", d):
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


# ---------- generators ----------
def gen_bsn():
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s <= 9:
            v = "".join(map(str, d)) + str(s)
            if bsn_ok(v):
                return v


def iban_from(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return f"{cc}{98 - n % 97:02d}{bban}"


def gen_iban(cc):
    if cc == "NL":
        bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == "BE":
        ten = rng.randint(10 ** 9, 10 ** 10 - 1)
        k = ten % 97 or 97
        bban = f"{ten:010d}{k:02d}"
    elif cc == "DE":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    elif cc == "FR":
        bank = rng.randint(10000, 39999)
        branch = rng.randint(10000, 99999)
        acct = rng.randint(10 ** 9, 10 ** 11 - 1)
        key = 97 - ((89 * bank + 15 * branch + 3 * acct) % 97)
        bban = f"{bank:05d}{branch:05d}{acct:011d}{key:02d}"
    else:
        raise ValueError(cc)
    v = iban_from(cc, bban)
    assert iban_ok(v)
    return v


def gen_card():
    prefix = rng.choice(["4", "51", "52", "53", "54", "55", "4"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    for last in range(10):
        if luhn_ok(body + str(last)):
            return body + str(last)


def groups(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def break_last(s, ok):
    # change a digit so that the checksum fails
    for pos in range(len(s) - 1, -1, -1):
        if s[pos].isdigit():
            for delta in (1, 2, 3):
                t = s[:pos] + str((int(s[pos]) + delta) % 10) + s[pos + 1:]
                if not ok(t):
                    return t
    raise RuntimeError


def make(kind):
    if kind == "BSN":
        return gen_bsn()
    if kind == "BSN_dot":
        b = gen_bsn(); return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if kind == "BSN_sp":
        b = gen_bsn(); return f"{b[:3]} {b[3:6]} {b[6:]}"
    if kind == "BAD_BSN":
        return break_last(gen_bsn(), bsn_ok)
    if kind == "BAD_BSN_sp":
        b = break_last(gen_bsn(), bsn_ok); return f"{b[:3]} {b[3:6]} {b[6:]}"
    m = re.fullmatch(r"(BAD_)?IBAN_(NL|BE|DE|FR)(_sp|_lc)?", kind)
    if m:
        v = gen_iban(m.group(2))
        if m.group(1):
            v = break_last(v, iban_ok)
        if m.group(3) == "_sp":
            v = groups(v)
        elif m.group(3) == "_lc":
            v = groups(v).lower()
        return v
    m = re.fullmatch(r"(BAD_)?CARD(_sp|_dash)?", kind)
    if m:
        v = gen_card()
        if m.group(1):
            v = break_last(v, luhn_ok)
        if m.group(2) == "_sp":
            v = groups(v)
        elif m.group(2) == "_dash":
            v = groups(v, sep="-")
        return v
    raise ValueError("unknown generator " + kind)


TOKEN = re.compile(r"\{\{([A-Za-z_]+)(?:#(\w+))?\}\}")
SPAN = re.compile(r"\[\[([A-Z_]+)\|([^\]|]+)\]\]")


def expand(line):
    cache = {}

    def sub(m):
        key = (m.group(1), m.group(2))
        if m.group(2) is None or key not in cache:
            cache[key] = make(m.group(1))
        return cache[key]

    line = TOKEN.sub(sub, line)
    labels = []
    seen = set()

    def span(m):
        t, v = m.group(1), m.group(2)
        if t not in TYPES:
            raise ValueError("bad type " + t)
        if (t, v) not in seen:
            seen.add((t, v))
            labels.append((t, v))
        return v

    text = SPAN.sub(span, line)
    return text, labels


def main():
    errors = []
    rows = []
    files = sorted(glob.glob(os.path.join(HERE, "src_*.txt")))
    for f in files:
        lang = os.path.basename(f).split("_")[1].split(".")[0]
        with open(f, encoding="utf-8") as fh:
            for ln, raw in enumerate(fh, 1):
                raw = raw.rstrip("\n")
                if not raw.strip() or raw.startswith("//"):
                    continue
                text, labels = expand(raw)
                where = f"{os.path.basename(f)}:{ln}"
                if "\t" in text or "[[" in text or "]]" in text or "{{" in text:
                    errors.append(where + " leftover markup/tab")
                for t, v in labels:
                    if ";" in v or "\t" in v or "=" in v:
                        errors.append(f"{where} bad char in value {v!r}")
                    if v not in text:
                        errors.append(f"{where} value not verbatim {v!r}")
                    if v != v.strip():
                        errors.append(f"{where} untrimmed value {v!r}")
                    if t == "BSN" and not bsn_ok(v):
                        errors.append(f"{where} BSN fails 11-test {v}")
                    if t == "IBAN" and not iban_ok(v):
                        errors.append(f"{where} IBAN fails mod-97 {v}")
                    if t == "CARD" and not luhn_ok(v):
                        errors.append(f"{where} card fails Luhn {v}")
                rows.append((lang, text, labels, where))
    # duplicates
    c = Counter(r[1] for r in rows)
    for t, n in c.items():
        if n > 1:
            errors.append("duplicate text: " + t[:60])
    langs = Counter(r[0] for r in rows)
    for l, n in TARGET.items():
        if langs[l] != n:
            errors.append(f"count {l}: {langs[l]} (want {n})")
    empty = sum(1 for r in rows if not r[2])
    tc = Counter(t for r in rows for t, _ in r[2])
    print("per language:", dict(langs))
    print("without personal data:", empty, "of", len(rows))
    for l in TARGET:
        print(f"  {l}: empty {sum(1 for r in rows if r[0]==l and not r[2])}")
    print("per type:", {t: tc[t] for t in TYPES})
    print("labels total:", sum(tc.values()))
    if errors:
        print("\n".join(errors))
        if "--force" not in sys.argv:
            sys.exit(1)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# privacy-report-f29: invented customer messages to Dutch/Belgian organisations, personal data labelled by type and exact text\n")
        fh.write("# columns: lang<TAB>text<TAB>labels  (labels = TYPE=value;TYPE=value, empty when no personal data; a line break in a message is written as \\n)\n")
        fh.write("# written blind from the brief (no other data consulted); checksummed numbers generated with seed 290291, shuffled with seed 291; frozen on delivery, do not edit\n")
        for lang, text, labels, _ in rows:
            fh.write(f"{lang}\t{text}\t{';'.join(f'{t}={v}' for t, v in labels)}\n")
    print("wrote", OUT, len(rows), "messages")


if __name__ == "__main__":
    main()
