#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-r27.tsv from the hand-written source files.

Source files: src_nl.txt, src_en.txt, src_de.txt, src_fr.txt -- one message per line
(lines starting with '#' and empty lines are ignored; a line break inside a message
is written as the two characters \\n).

Inline markup in a source line:
  [[CODE:value]]   personal data, labelled with the type of CODE, text kept verbatim
  {{KIND:...}}     a number generated here with a seeded RNG:
     {{BSN:fmt}}          valid BSN (11-test), labelled BSN
     {{xBSN:fmt}}         BSN-like number that FAILS the 11-test, not labelled
     {{IBAN:CC:fmt}}      valid IBAN (mod 97) of country CC, labelled IBAN
     {{xIBAN:CC:fmt}}     IBAN-like string that FAILS mod 97, not labelled
     {{oIBAN:CC:fmt}}     valid IBAN of the organisation itself, not labelled
     {{CARD:brand:fmt}}   valid card number (Luhn), labelled CARD
     {{xCARD:brand:fmt}}  card-like number that FAILS Luhn, not labelled
The first occurrence of each distinct value is labelled once.
"""
import random
import re
import sys
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "privacy-report-r27.tsv")
GEN_SEED = 2727
SHUFFLE_SEED = 27027

CODES = {
    "N": "PERSON_NAME", "A": "ADDRESS", "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL",
    "D": "DATE_OF_BIRTH", "ID": "ID_DOCUMENT", "LP": "LICENCE_PLATE", "IP": "IP",
    "PW": "PASSWORD", "S": "SPECIAL_CATEGORY",
}
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN",
         "IBAN", "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]

rng = random.Random(GEN_SEED)
used_numbers = set()


# ---------------------------------------------------------------- checksums
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    x = re.sub(r"\s|-|\.", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", x):
        return False
    r = x[4:] + x[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if not 12 <= len(d) <= 19:
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


# ---------------------------------------------------------------- generators
def digits(n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def gen_bsn():
    while True:
        body = digits(8, first_nonzero=True)
        tot = sum(int(c) * w for c, w in zip(body, range(9, 1, -1)))
        last = tot % 11
        if last < 10:
            b = body + str(last)
            if b not in used_numbers:
                used_numbers.add(b)
                return b


def fmt_bsn(b, fmt):
    if fmt == "plain":
        return b
    if fmt == "dots":
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if fmt == "spaces":
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if fmt == "pairs":
        return f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}"
    if fmt == "dash":
        return f"{b[:3]}-{b[3:6]}-{b[6:]}"
    raise ValueError(fmt)


def iban_check(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    return f"{98 - int(num) % 97:02d}"


def gen_iban(cc):
    if cc == "NL":
        bank = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        bban = bank + digits(10)
    elif cc == "BE":
        first10 = digits(10)
        chk = int(first10) % 97
        chk = 97 if chk == 0 else chk
        bban = first10 + f"{chk:02d}"
    elif cc == "DE":
        bban = digits(8, True) + digits(10)
    elif cc == "FR":
        bank, guichet, acct = digits(5, True), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        bban = bank + guichet + acct + f"{key:02d}"
    elif cc == "LU":
        bban = digits(3) + digits(13)
    else:
        raise ValueError(cc)
    iban = cc + iban_check(cc, bban) + bban
    assert iban_ok(iban)
    return iban


def fmt_iban(i, fmt):
    groups = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if fmt == "plain":
        return i
    if fmt == "groups":
        return groups
    if fmt == "lower":
        return i.lower()
    if fmt == "lowergroups":
        return groups.lower()
    if fmt == "dash":
        return "-".join(i[k:k + 4] for k in range(0, len(i), 4))
    if fmt == "split":  # country+check apart, rest as one block
        return i[:4] + " " + i[4:]
    raise ValueError(fmt)


def gen_card(brand):
    if brand == "visa":
        body = "4" + digits(14)
    elif brand == "mc":
        body = "5" + str(rng.randint(1, 5)) + digits(13)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(12)
    elif brand == "maestro":
        body = "6759" + digits(11)
    else:
        raise ValueError(brand)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def fmt_card(c, fmt):
    if fmt == "plain":
        return c
    if len(c) == 15:  # amex 4-6-5
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[k:k + 4] for k in range(0, len(c), 4)]
    if fmt == "spaces":
        return " ".join(parts)
    if fmt == "dash":
        return "-".join(parts)
    if fmt == "dots":
        return ".".join(parts)
    raise ValueError(fmt)


def break_last_digit(s, ok):
    """Change the last digit so that the checksum fails."""
    for c in "1234567890":
        t = s[:-1] + c
        if t != s and not ok(t):
            return t
    raise RuntimeError("cannot break " + s)


def expand_gen(spec):
    """Return (text, type or None)."""
    parts = spec.split(":")
    kind = parts[0]
    if kind in ("BSN", "xBSN"):
        b = gen_bsn()
        if kind == "xBSN":
            b = break_last_digit(b, bsn_ok)
            assert not bsn_ok(b)
        return fmt_bsn(b, parts[1]), ("BSN" if kind == "BSN" else None)
    if kind in ("IBAN", "xIBAN", "oIBAN"):
        i = gen_iban(parts[1])
        if kind == "xIBAN":
            i = break_last_digit(i, iban_ok)
            assert not iban_ok(i)
        return fmt_iban(i, parts[2]), ("IBAN" if kind == "IBAN" else None)
    if kind in ("CARD", "xCARD"):
        c = gen_card(parts[1])
        if kind == "xCARD":
            c = break_last_digit(c, luhn_ok)
            assert not luhn_ok(c)
        return fmt_card(c, parts[2]), ("CARD" if kind == "CARD" else None)
    raise ValueError(spec)


TOKEN = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{([A-Za-z]+(?::[A-Za-z0-9]+)*)\}\}")


def render(src):
    out, labels, pos = [], [], 0
    for m in TOKEN.finditer(src):
        out.append(src[pos:m.start()])
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if code not in CODES:
                raise ValueError(f"unknown code {code} in: {src[:80]}")
            typ = CODES[code]
        else:
            val, typ = expand_gen(m.group(3))
        out.append(val)
        if typ:
            labels.append((typ, val))
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup: " + text[:100])
    seen, uniq = set(), []
    for typ, val in labels:
        if val not in seen:
            seen.add(val)
            uniq.append((typ, val))
    return text, uniq


# ---------------------------------------------------------------- build
def main():
    rows = []
    for lang in ["nl", "en", "de", "fr"]:
        with open(os.path.join(HERE, f"src_{lang}.txt"), encoding="utf-8") as f:
            for ln in f:
                ln = ln.rstrip("\n")
                if not ln.strip() or ln.startswith("#"):
                    continue
                text, labels = render(ln)
                rows.append((lang, text, labels))

    errors = []
    texts = Counter(t for _, t, _ in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text: " + t[:80])
    langc = Counter(l for l, _, _ in rows)
    want = {"nl": 150, "en": 60, "de": 45, "fr": 45}
    if dict(langc) != want:
        errors.append(f"language counts {dict(langc)} != {want}")
    for lang, text, labels in rows:
        if "\t" in text or "\n" in text or "\r" in text:
            errors.append("tab/newline in text: " + text[:60])
        for typ, val in labels:
            if typ not in TYPES:
                errors.append("bad type " + typ)
            if val not in text:
                errors.append(f"value not verbatim: {val}")
            if ";" in val or "=" in val or "\t" in val or val != val.strip() or not val:
                errors.append(f"bad char in value: {val!r}")
            if typ == "BSN" and not bsn_ok(val):
                errors.append("BSN fails 11-test: " + val)
            if typ == "IBAN" and not iban_ok(val):
                errors.append("IBAN fails mod97: " + val)
            if typ == "CARD" and not luhn_ok(val):
                errors.append("CARD fails Luhn: " + val)
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# privacy-report-r27: 300 invented customer messages to the AI customer-service assistant of Dutch/Belgian organisations, every piece of personal data labelled with type and exact text\n")
        f.write("# columns: lang<TAB>text<TAB>labels ; lang in nl/en/de/fr ; labels = TYPE=value;TYPE=value (empty = no personal data) ; a line break inside a message is written as \\n\n")
        f.write("# written blind from the brief only (no other data, code or set consulted); generated numbers from seed 2727, shuffled with seed 27027; frozen on delivery, not to be edited\n")
        for i in order:
            lang, text, labels = rows[i]
            lab = ";".join(f"{t}={v}" for t, v in labels)
            f.write(f"{lang}\t{text}\t{lab}\n")

    # stats
    tc = Counter()
    tcl = {l: Counter() for l in want}
    empty = Counter()
    for lang, text, labels in rows:
        if not labels:
            empty[lang] += 1
        for t, _ in labels:
            tc[t] += 1
            tcl[lang][t] += 1
    print("messages per language:", dict(langc), "total", len(rows))
    print("without personal data:", dict(empty), "total", sum(empty.values()))
    print("labels per type:")
    for t in TYPES:
        print(f"  {t:17s} {tc[t]:4d}   " + "  ".join(f"{l}={tcl[l][t]}" for l in want))
    print("labels total:", sum(tc.values()))

    # source value lists (what was invented), for the README / audit
    vals = OrderedDict((t, []) for t in TYPES)
    for _, _, labels in rows:
        for t, v in labels:
            vals[t].append(v)
    with open(os.path.join(HERE, "source_values.txt"), "w", encoding="utf-8") as f:
        f.write("# every labelled value in the set, per type (derived from the src_*.txt source lists)\n")
        for t, vs in vals.items():
            f.write(f"\n## {t} ({len(vs)})\n")
            for v in vs:
                f.write(v + "\n")


if __name__ == "__main__":
    main()
