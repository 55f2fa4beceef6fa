#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-f19.tsv from the source lists src_*.py.

Source markup inside a message text:
  [[TYPE|literal]]        labelled literal value (TYPE may be an alias, see ALIAS)
  [[TYPE|@key:fmt]]       labelled generated checksummed value (BSN, IBAN, CARD)
  {{@key:fmt}}            generated value that is NOT labelled (organisation IBAN,
                          or a deliberately invalid number: keys starting with x)
Keys: (x)bsnN, (x)nlN/beN/deN/frN (IBAN), (x)visaN/mcN/amexN (card).  x = fails its checksum.
"""
import random, re, sys, collections, importlib, os

SEED = 19019
NAME = "privacy-report-f19"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ALIAS = {"N": "PERSON_NAME", "A": "ADDRESS", "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL",
         "DOB": "DATE_OF_BIRTH", "BSN": "BSN", "IBAN": "IBAN", "CARD": "CARD", "ID": "ID_DOCUMENT",
         "LP": "LICENCE_PLATE", "IP": "IP", "PW": "PASSWORD", "S": "SPECIAL_CATEGORY"}
TYPES = sorted(set(ALIAS.values()))

gen_rng = random.Random(SEED)

# ---------------------------------------------------------------- checksums
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0

def iban_ok(s):
    t = re.sub(r"[\s\-.]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    r = t[4:] + t[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if not 13 <= len(d) <= 19:
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

def digits(n):
    return "".join(str(gen_rng.randint(0, 9)) for _ in range(n))

# ---------------------------------------------------------------- generators
def gen_bsn():
    while True:
        d = [gen_rng.randint(1, 6)] + [gen_rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        c = s % 11
        if c < 10:
            v = "".join(map(str, d)) + str(c)
            assert bsn_ok(v)
            return v

def iban_from(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    v = f"{cc}{chk:02d}{bban}"
    assert iban_ok(v)
    return v

def gen_iban(cc):
    if cc == "nl":
        bank = gen_rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        return iban_from("NL", bank + digits(10))
    if cc == "be":
        n = str(gen_rng.randint(1, 9)) + digits(9)
        k = int(n) % 97 or 97
        return iban_from("BE", n + f"{k:02d}")
    if cc == "de":
        return iban_from("DE", str(gen_rng.randint(1, 8)) + digits(7) + digits(10))
    if cc == "fr":
        bank, branch, acc = str(gen_rng.randint(10000, 30099)), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
        return iban_from("FR", bank + branch + acc + f"{key:02d}")
    raise ValueError(cc)

def gen_card(kind):
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = str(gen_rng.randint(51, 55)) + digits(13)
    else:
        body = gen_rng.choice(["34", "37"]) + digits(12)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def corrupt(v, ok):
    """change one digit near the end so that the checksum fails"""
    idx = [i for i, c in enumerate(v) if c.isdigit()][-3]
    for c in "0123456789":
        w = v[:idx] + c + v[idx + 1:]
        if w != v and not ok(w):
            return w
    raise RuntimeError

CACHE = {}
def value_for(key):
    if key in CACHE:
        return CACHE[key]
    m = re.fullmatch(r"(x?)(bsn|nl|be|de|fr|visa|mc|amex)(\d+)", key)
    if not m:
        raise ValueError(key)
    bad, kind = m.group(1), m.group(2)
    if kind == "bsn":
        v = gen_bsn(); ok = bsn_ok
    elif kind in ("nl", "be", "de", "fr"):
        v = gen_iban(kind); ok = iban_ok
    else:
        v = gen_card(kind); ok = luhn_ok
    if bad:
        v = corrupt(v, ok)
        assert not ok(v)
    CACHE[key] = v
    return v

def fmt(key, f):
    v = value_for(key)
    kind = re.sub(r"^x|\d+$", "", key)
    f = f or "p"
    if kind == "bsn":
        return {"p": v, "d": f"{v[:4]}.{v[4:6]}.{v[6:]}", "s": f"{v[:3]} {v[3:6]} {v[6:]}",
                "s2": f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}", "h": f"{v[:3]}-{v[3:6]}-{v[6:]}"}[f]
    if kind in ("nl", "be", "de", "fr"):
        g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return {"p": v, "c": v, "g": g, "l": v.lower(), "gl": g.lower(),
                "d": "-".join(v[i:i + 4] for i in range(0, len(v), 4))}[f]
    if kind == "amex":
        return {"p": v, "c": v, "g": f"{v[:4]} {v[4:10]} {v[10:]}", "d": f"{v[:4]}-{v[4:10]}-{v[10:]}"}[f]
    return {"p": v, "c": v, "g": " ".join(v[i:i + 4] for i in range(0, 16, 4)),
            "d": "-".join(v[i:i + 4] for i in range(0, 16, 4))}[f]

# ---------------------------------------------------------------- parse
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]|\{\{@([a-z0-9]+)(?::([a-z0-9]+))?\}\}", re.S)

def render(src):
    out, labels, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        if m.group(1):
            typ = ALIAS.get(m.group(1), m.group(1))
            assert typ in TYPES, m.group(1)
            val = m.group(2)
            if val.startswith("@"):
                k, _, f = val[1:].partition(":")
                assert not k.startswith("x"), "invalid value labelled: " + k
                val = fmt(k, f)
            labels.append((typ, val))
            out.append(val)
        else:
            out.append(fmt(m.group(3), m.group(4)))
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    seen, uniq = set(), []
    for t, v in labels:
        if (t, v) not in seen:
            seen.add((t, v)); uniq.append((t, v))
    return text, uniq

# ---------------------------------------------------------------- build
def main():
    msgs = []
    for lang in ("nl", "en", "de", "fr"):
        mod = importlib.import_module("src_" + lang)
        for src in mod.MESSAGES:
            src = src.strip("\n").rstrip()
            text, labels = render(src)
            msgs.append((lang, text, labels, src))
    errors = []
    texts = set()
    lang_count = collections.Counter()
    type_count = collections.Counter()
    empty = collections.Counter()
    for lang, text, labels, src in msgs:
        if "\t" in text:
            errors.append("tab in " + text[:40])
        if "[[" in text or "]]" in text or "{{" in text:
            errors.append("unparsed markup: " + text[:60])
        if text in texts:
            errors.append("duplicate: " + text[:60])
        texts.add(text)
        lang_count[lang] += 1
        if not labels:
            empty[lang] += 1
        for t, v in labels:
            type_count[t] += 1
            if ";" in v:
                errors.append(f"semicolon in value {t}={v}")
            if v not in text:
                errors.append(f"value not in text {v}")
            if v != v.strip():
                errors.append(f"whitespace around value '{v}'")
            if t == "BSN" and not bsn_ok(v):
                errors.append("BSN fails " + v)
            if t == "IBAN" and not iban_ok(v):
                errors.append("IBAN fails " + v)
            if t == "CARD" and not luhn_ok(v):
                errors.append("CARD fails " + v)
        # warn on unlabelled 9-digit numbers passing the 11-test
        labelled = " ".join(v for _, v in labels)
        for m in re.finditer(r"(?<![\d.])\d{9}(?![\d])", text):
            if bsn_ok(m.group()) and m.group() not in labelled:
                print("WARN unlabelled 11-test-valid 9-digit number:", m.group(), "|", text[:60])
        for m in re.finditer(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])", text):
            if luhn_ok(m.group()) and m.group() not in labelled:
                print("WARN unlabelled Luhn-valid number:", m.group(), "|", text[:60])
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}", text):
            if iban_ok(m.group()) and m.group() not in labelled:
                print("NOTE unlabelled valid IBAN (must be organisation's):", m.group())
        # name parts of labelled names that occur again outside the labelled spans
        rest = text
        for t, v in sorted(labels, key=lambda x: -len(x[1])):
            rest = rest.replace(v, " ")
        for t, v in labels:
            if t == "PERSON_NAME":
                for tok in re.findall(r"[^\W\d_]{3,}", v):
                    if tok[0].isupper() and re.search(r"\b" + re.escape(tok) + r"\b", rest):
                        print("CHECK name part", tok, "of", v, "recurs unlabelled |", text[:50].replace(chr(10), " "))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    assert lang_count == {"nl": 150, "en": 60, "de": 45, "fr": 45}, lang_count
    rows = []
    for lang, text, labels, _ in msgs:
        lab = ";".join(f"{t}={v}" for t, v in labels)
        rows.append(f"{lang}\t{text.replace(chr(10), chr(92) + 'n')}\t{lab}")
    random.Random(SEED).shuffle(rows)
    header = [
        f"# {NAME}: 300 invented customer messages (nl/en/de/fr) to a Dutch/Belgian organisation's AI customer-service assistant, personal data labelled by type and exact text",
        "# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (first occurrence of each distinct value, verbatim), empty = no personal data; \\n inside text = line break",
        "# written blind from the brief (no other data, code or corpus consulted); checksummed numbers generated with seed 19019; frozen on delivery, not to be edited",
    ]
    with open(os.path.join(HERE, NAME + ".tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(header + rows) + "\n")
    n_empty = sum(empty.values())
    print("per language:", dict(lang_count))
    print("without personal data:", n_empty, dict(empty))
    print("labels per type:", dict(sorted(type_count.items())))
    print("messages per type:", dict(sorted(collections.Counter(t for _, _, l, _ in msgs for t in {x for x, _ in l}).items())))
    lens = sorted(len(t) for _, t, _, _ in msgs)
    print("length min/median/max:", lens[0], lens[len(lens) // 2], lens[-1])

if __name__ == "__main__":
    main()
