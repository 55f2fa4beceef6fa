#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-r29.tsv.

Source messages live in src_nl.py and src_other.py as (lang, text, labels) tuples.
Checksummed numbers are written as placeholders such as {bsn1.dots}, {iban_nl2.sp},
{card1.sp}, {badbsn1}; they are generated here with seed 290029 (in source order)
and substituted in text and labels alike. Lines are shuffled with seed 29.
"""
import random
import re
import sys
from collections import Counter

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from src_nl import M as M_NL
from src_other import M as M_OTHER

NAME = "privacy-report-r29"
TYPES = {"PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN", "IBAN",
         "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"}

rng = random.Random(290029)

# ---------------------------------------------------------------- checksums
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) < 12:
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

# ---------------------------------------------------------------- generators
def gen_bsn():
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            out = "".join(map(str, d)) + str(s)
            assert bsn_ok(out)
            return out


def iban_check(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(cc):
    if cc == "NL":
        bank = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == "BE":
        first = "".join(str(rng.randint(0, 9)) for _ in range(10))
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    elif cc == "DE":
        bban = str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(17))
    elif cc == "FR":
        bank = "%05d" % rng.randint(10000, 30099)
        branch = "%05d" % rng.randint(0, 99999)
        acct = "%011d" % rng.randint(0, 10**11 - 1)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    else:
        raise ValueError(cc)
    out = cc + iban_check(cc, bban) + bban
    assert iban_ok(out)
    return out


def gen_card(kind="visa"):
    if kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    else:
        body = rng.choice(["4", "51", "52", "53", "54", "55"])
        body += "".join(str(rng.randint(0, 9)) for _ in range(15 - len(body)))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last


def spoil(num, ok):
    """Change one digit so the checksum fails."""
    chars = list(num)
    idxs = [i for i, c in enumerate(chars) if c.isdigit() and i >= 4] or [i for i, c in enumerate(chars) if c.isdigit()]
    i = idxs[-1] if not num[:2].isalpha() else rng.choice(idxs)
    chars[i] = str((int(chars[i]) + 1) % 10)
    out = "".join(chars)
    assert not ok(out), out
    return out


def fmt(kind, value, style):
    if style in (None, "", "plain"):
        return value
    if kind.endswith("bsn"):
        if style == "dots":
            return value[:4] + "." + value[4:6] + "." + value[6:]
        if style == "sp":
            return value[:3] + " " + value[3:6] + " " + value[6:]
        if style == "dash":
            return value[:3] + "-" + value[3:6] + "-" + value[6:]
    if "iban" in kind:
        groups = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        if style == "sp":
            return groups
        if style == "lsp":
            return groups.lower()
        if style == "low":
            return value.lower()
        if style == "dots":
            return groups.replace(" ", ".")
    if "card" in kind or kind == "amex":
        if len(value) == 15:
            g = [value[:4], value[4:10], value[10:]]
        else:
            g = [value[i:i + 4] for i in range(0, 16, 4)]
        if style == "sp":
            return " ".join(g)
        if style == "dash":
            return "-".join(g)
    raise ValueError((kind, style))


PH = re.compile(r"\{(bsn|iban_nl|iban_be|iban_de|iban_fr|card|amex|badbsn|badiban_nl|badiban_be|badiban_de|badiban_fr|badcard)(\d+)(?:\.(\w+))?\}")


def fill(messages):
    out = []
    for lang, text, labels in messages:
        cache = {}

        def val(m):
            kind, n, style = m.group(1), m.group(2), m.group(3)
            key = (kind, n)
            if key not in cache:
                if kind == "bsn":
                    cache[key] = gen_bsn()
                elif kind == "badbsn":
                    cache[key] = spoil(gen_bsn(), bsn_ok)
                elif kind.startswith("iban_"):
                    cache[key] = gen_iban(kind[-2:].upper())
                elif kind.startswith("badiban_"):
                    cache[key] = spoil(gen_iban(kind[-2:].upper()), iban_ok)
                elif kind == "card":
                    cache[key] = gen_card()
                elif kind == "amex":
                    cache[key] = gen_card("amex")
                elif kind == "badcard":
                    cache[key] = spoil(gen_card(), luhn_ok)
            return fmt(kind, cache[key], style)

        # generate in order of appearance in the text (deterministic)
        text2 = PH.sub(val, text)
        labels2 = [PH.sub(val, l) for l in labels]
        out.append((lang, text2, labels2))
    return out

# ---------------------------------------------------------------- checks
def check(rows):
    errors = []
    seen = set()
    for i, (lang, text, labels) in enumerate(rows):
        where = "%s #%d %r" % (lang, i, text[:60])
        if lang not in ("nl", "en", "de", "fr"):
            errors.append("bad lang " + where)
        if "\t" in text or "\\n" in text or "{" in text:
            errors.append("tab/escaped newline/placeholder in text " + where)
        if text in seen:
            errors.append("duplicate text " + where)
        seen.add(text)
        vals = set()
        for l in labels:
            if "=" not in l:
                errors.append("bad label %r %s" % (l, where)); continue
            t, v = l.split("=", 1)
            if t not in TYPES:
                errors.append("bad type %r %s" % (t, where))
            if ";" in v or "\t" in v or not v.strip() or v != v.strip():
                errors.append("bad value %r %s" % (v, where))
            if v not in text:
                errors.append("value not in text %r %s" % (v, where))
            if (t, v) in vals:
                errors.append("duplicate label %r %s" % (v, where))
            vals.add((t, v))
            if t == "BSN" and not bsn_ok(v):
                errors.append("BSN fails 11-test %r %s" % (v, where))
            if t == "IBAN" and not iban_ok(v):
                errors.append("IBAN fails mod97 %r %s" % (v, where))
            if t == "CARD" and not luhn_ok(v):
                errors.append("CARD fails Luhn %r %s" % (v, where))
    return errors


def main():
    rows = fill(M_NL + M_OTHER)
    errs = check(rows)
    langs = Counter(r[0] for r in rows)
    empty = Counter(r[0] for r in rows if not r[2])
    types = Counter(l.split("=", 1)[0] for r in rows for l in r[2])
    print("per language:", dict(langs))
    print("without personal data:", dict(empty), sum(empty.values()))
    print("labels per type:", dict(sorted(types.items())))
    print("total labels:", sum(types.values()))
    want = {"nl": 150, "en": 60, "de": 45, "fr": 45}
    for k, v in want.items():
        if langs[k] != v:
            errs.append("count %s = %d, want %d" % (k, langs[k], v))
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    rows = list(rows)
    random.Random(29).shuffle(rows)
    with open(NAME + ".tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# privacy-report-r29: 300 invented customer messages (nl/en/de/fr) to a Dutch or Belgian organisation's AI customer-service assistant, with every piece of personal data labelled by type and exact text\n")
        f.write("# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty when no personal data) ; a line break inside a message is written as \\n\n")
        f.write("# written blind from the brief (no other file, data set or code consulted); numbers generated with seed 290029, lines shuffled with seed 29; this file is frozen and must not be edited\n")
        for lang, text, labels in rows:
            f.write("%s\t%s\t%s\n" % (lang, text.replace("\n", "\\n"), ";".join(labels)))
    print("written", NAME + ".tsv", len(rows))


if __name__ == "__main__":
    main()
