#!/usr/bin/env python3
"""Build, check and shuffle privacy-train-a15.tsv from the hand-written source lists.

Source lists: src_nl.txt, src_en.txt, src_de.txt, src_fr.txt (one message per line,
lines starting with '#' or empty are ignored; a line break inside a message is written
as the two characters backslash-n).

Markup inside a message:
  [[CODE|value]]   -> value is inserted and labelled with the type of CODE
  {GEN}            -> a seeded, generated number (checksummed or deliberately broken)

Codes: N=PERSON_NAME A=ADDRESS PC=POSTCODE T=PHONE E=EMAIL DOB=DATE_OF_BIRTH BSN IBAN
       CARD ID=ID_DOCUMENT LP=LICENCE_PLATE IP PW=PASSWORD SC=SPECIAL_CATEGORY

Generators:
  {BSN} {BSN.d} (dots) {BSN.s} (spaces)               valid 11-test
  {BADBSN} {BADBSN.d} {BADBSN.s}                      fails 11-test
  {IBAN.XX} {IBAN.XX.g} (groups of 4) XX in NL BE DE FR  valid mod-97
  {BADIBAN.XX} {BADIBAN.XX.g}                        fails mod-97
  {CARD.V} {CARD.M} {CARD.A} (+ .g grouped)           valid Luhn
  {BADCARD.V} (+ .g)                                   fails Luhn
Every generator call yields a fresh value (same seed -> same file).
"""
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "privacy-train-a15.tsv"
SEED_GEN = 15150
SEED_SHUFFLE = 1515

CODES = {
    "N": "PERSON_NAME", "A": "ADDRESS", "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL",
    "DOB": "DATE_OF_BIRTH", "BSN": "BSN", "IBAN": "IBAN", "CARD": "CARD",
    "ID": "ID_DOCUMENT", "LP": "LICENCE_PLATE", "IP": "IP", "PW": "PASSWORD",
    "SC": "SPECIAL_CATEGORY",
}
TYPES = list(dict.fromkeys(CODES.values()))

rng = random.Random(SEED_GEN)
seen_generated = set()

# ---------------------------------------------------------------- checksums
def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0 and d != "000000000"


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
        return False
    r = d[4:] + d[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{13,19}", d):
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
def fresh(fn):
    for _ in range(1000):
        v = fn()
        if v not in seen_generated:
            seen_generated.add(v)
            return v
    raise RuntimeError("cannot make fresh value")


def gen_bsn(valid=True):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if valid:
            if last == 10:
                continue
            cand = "".join(map(str, d)) + str(last)
        else:
            wrong = (last + rng.randint(1, 8)) % 10
            cand = "".join(map(str, d)) + str(wrong)
            if bsn_ok(cand):
                continue
        assert bsn_ok(cand) == valid
        return cand


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def gen_bban(cc):
    if cc == "NL":
        bank = rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        return bank + "".join(str(rng.randint(0, 9)) for _ in range(10))
    if cc == "BE":
        n = rng.randint(10**9, 10**10 - 1)
        chk = n % 97 or 97
        return "%010d%02d" % (n, chk)
    if cc == "DE":
        return "".join(str(rng.randint(0, 9)) for _ in range(18)).replace("0", "1", 1)
    if cc == "FR":
        bank = rng.choice([30004, 30003, 20041, 10278, 30002, 18206, 11315])
        guichet = rng.randint(10000, 99999)
        acct = rng.randint(10**9, 10**11 - 1)
        key = 97 - ((89 * bank + 15 * guichet + 3 * acct) % 97)
        return "%05d%05d%011d%02d" % (bank, guichet, acct, key)
    raise ValueError(cc)


def gen_iban(cc, valid=True):
    bban = gen_bban(cc)
    chk = iban_check(cc, bban)
    if not valid:
        chk = "%02d" % ((int(chk) + rng.randint(1, 40)) % 97 + 2)
        if chk == iban_check(cc, bban):
            chk = "%02d" % ((int(chk) + 7) % 97 + 2)
    v = cc + chk + bban
    assert iban_ok(v) == valid, v
    return v


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_card(kind, valid=True):
    if kind == "V":
        body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif kind == "M":
        body = rng.choice(["51", "52", "53", "54", "55"]) + "".join(str(rng.randint(0, 9)) for _ in range(13))
    elif kind == "A":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    else:
        raise ValueError(kind)
    for c in range(10):
        if luhn_ok(body + str(c)):
            good = c
            break
    last = good if valid else (good + rng.randint(1, 9)) % 10
    v = body + str(last)
    assert luhn_ok(v) == valid
    return v


def group_card(v):
    if len(v) == 15:
        return "%s %s %s" % (v[:4], v[4:10], v[10:])
    return group4(v)


def generate(token):
    parts = token.split(".")
    head = parts[0]
    mods = parts[1:]
    if head in ("BSN", "BADBSN"):
        v = fresh(lambda: gen_bsn(head == "BSN"))
        if "d" in mods:
            v = "%s.%s.%s" % (v[:3], v[3:6], v[6:])
        elif "s" in mods:
            v = "%s %s %s" % (v[:3], v[3:6], v[6:])
        return v
    if head in ("IBAN", "BADIBAN"):
        cc = mods[0]
        v = fresh(lambda: gen_iban(cc, head == "IBAN"))
        if "g" in mods[1:]:
            v = group4(v)
        if "l" in mods[1:]:
            v = v.lower()
        return v
    if head in ("CARD", "BADCARD"):
        kind = mods[0]
        v = fresh(lambda: gen_card(kind, head == "CARD"))
        if "g" in mods[1:]:
            v = group_card(v)
        if "h" in mods[1:]:
            v = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v
    raise ValueError("unknown generator " + token)

# ---------------------------------------------------------------- parsing
GEN_RE = re.compile(r"\{((?:BAD)?(?:BSN|IBAN|CARD)(?:\.[A-Za-z]+)*)\}")
MARK_RE = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]")


def expand(src):
    src = GEN_RE.sub(lambda m: generate(m.group(1)), src)
    labels = []

    def repl(m):
        code, val = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %s in %r" % (code, src))
        lab = (CODES[code], val)
        if lab not in labels:
            labels.append(lab)
        return val

    text = MARK_RE.sub(repl, src)
    return text, labels


def check_value(typ, val, text, errors):
    if val not in text:
        errors.append("value not in text: %s=%s" % (typ, val))
    if ";" in val or "\t" in val or "=" in val and typ != "PASSWORD":
        errors.append("bad char in value: %s=%s" % (typ, val))
    if val != val.strip() or not val:
        errors.append("untrimmed/empty value: %s=%r" % (typ, val))
    if typ == "BSN" and not bsn_ok(val):
        errors.append("BSN fails 11-test: " + val)
    if typ == "IBAN" and not iban_ok(val):
        errors.append("IBAN fails mod-97: " + val)
    if typ == "CARD" and not luhn_ok(val):
        errors.append("CARD fails Luhn: " + val)


def main():
    rows = []
    errors = []
    for lang in ("nl", "en", "de", "fr"):
        for ln, line in enumerate((HERE / ("src_%s.txt" % lang)).read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            text, labels = expand(line.rstrip())
            if "[[" in text or "]]" in text or re.search(r"\{(BAD)?(BSN|IBAN|CARD)", text):
                errors.append("%s:%d leftover markup" % (lang, ln))
            if "\t" in text:
                errors.append("%s:%d tab in text" % (lang, ln))
            for typ, val in labels:
                check_value(typ, val, text, errors)
            rows.append((lang, text, labels, ln))
    # duplicate texts
    seen = {}
    for lang, text, labels, ln in rows:
        if text in seen:
            errors.append("duplicate text %s:%d and %s" % (lang, ln, seen[text]))
        seen[text] = "%s:%d" % (lang, ln)
    # counts
    want = {"nl": 150, "en": 60, "de": 45, "fr": 45}
    per_lang = {k: 0 for k in want}
    empty_lang = {k: 0 for k in want}
    per_type = {t: 0 for t in TYPES}
    for lang, text, labels, ln in rows:
        per_lang[lang] += 1
        if not labels:
            empty_lang[lang] += 1
        for t, v in labels:
            per_type[t] += 1
    for k, n in want.items():
        if per_lang[k] != n:
            errors.append("language %s has %d messages, want %d" % (k, per_lang[k], n))
    total = sum(per_lang.values())
    print("messages per language:", per_lang, "total", total)
    print("without personal data:", empty_lang, "total", sum(empty_lang.values()))
    print("labels per type:", per_type, "total", sum(per_type.values()))
    if errors:
        print("\n".join(errors))
        if "--force" not in sys.argv:
            sys.exit(1)
    out = [(lang, text, ";".join("%s=%s" % lv for lv in labels)) for lang, text, labels, ln in rows]
    random.Random(SEED_SHUFFLE).shuffle(out)
    header = [
        "# privacy-train-a15: invented customer messages (nl/en/de/fr) to Dutch and Belgian customer-service assistants, personal data labelled by type and exact text",
        "# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty = no personal data) ; a line break inside a message is written as \\n",
        "# written blind from the brief alone (no other data or code consulted); checksummed numbers generated with seed %d, shuffled with seed %d; frozen on delivery, not to be edited" % (SEED_GEN, SEED_SHUFFLE),
    ]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
