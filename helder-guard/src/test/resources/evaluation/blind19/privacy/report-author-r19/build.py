#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-r19.tsv from the hand-written source lists.

Source lists: src_nl.txt, src_en.txt, src_de.txt, src_fr.txt; messages separated by a line '==='.
Inline markup in the sources:
  [[T:value]]        hand-written personal data; T is a short type code (see CODES)
  {{KIND.opts}}      seeded generated checksummed number, labelled (BSN, IBAN.cc, CARD.brand)
  {{!KIND.opts}}     same, valid checksum, NOT labelled (data of the organisation itself)
  {{BAD.KIND.opts}}  same shape but failing its checksum, NOT labelled
  {{...@x}} / {{@x}} store a generated value under x / repeat it (not labelled again)
Everything is written blind from the brief; nothing is taken from any other source.
"""
import random, re, sys, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "privacy-report-r19"
SEED_GEN = 1919
SEED_SHUFFLE = 20190319

CODES = {
    "N": "PERSON_NAME", "A": "ADDRESS", "PC": "POSTCODE", "PH": "PHONE", "E": "EMAIL",
    "DOB": "DATE_OF_BIRTH", "BSN": "BSN", "IBAN": "IBAN", "CARD": "CARD", "ID": "ID_DOCUMENT",
    "LP": "LICENCE_PLATE", "IP": "IP", "PW": "PASSWORD", "SC": "SPECIAL_CATEGORY",
}
TYPES = list(CODES.values())
rng = random.Random(SEED_GEN)

# ---------------------------------------------------------------- checksums
def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0 and d[0] != "0"

def iban_ok(s):
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
        return False
    r = d[4:] + d[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def luhn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{13,19}", d):
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

# ---------------------------------------------------------------- generators
def gen_bsn():
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        t = sum(c * w for c, w in zip(d, range(9, 1, -1))) % 11
        if t < 10:
            s = "".join(map(str, d)) + str(t)
            if bsn_ok(s):
                return s

def bad_bsn():
    while True:
        s = str(rng.randint(100000000, 999999999))
        if not bsn_ok(s):
            return s

def iban_check(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(n) % 97)

NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]

def gen_bban(cc):
    if cc == "NL":
        while True:
            acc = [rng.randint(0, 9) for _ in range(10)]
            if sum(a * w for a, w in zip(acc, range(10, 0, -1))) % 11 == 0 and acc[0] == 0:
                return rng.choice(NL_BANKS) + "".join(map(str, acc))
    if cc == "BE":
        base = rng.randint(10**9, 10**10 - 1)
        chk = base % 97 or 97
        return "%010d%02d" % (base, chk)
    if cc == "DE":
        return "".join(str(rng.randint(0, 9)) for _ in range(18))
    if cc == "FR":
        bank, branch = rng.randint(10000, 39999), rng.randint(10000, 99999)
        acc = rng.randint(10**9, 10**11 - 1)
        key = 97 - ((89 * bank + 15 * branch + 3 * acc) % 97)
        return "%05d%05d%011d%02d" % (bank, branch, acc, key)
    raise ValueError(cc)

def gen_iban(cc):
    b = gen_bban(cc)
    return cc + iban_check(cc, b) + b

def bad_iban(cc):
    while True:
        s = gen_iban(cc)
        i = rng.randint(5, len(s) - 1)
        s2 = s[:i] + str((int(s[i]) + rng.randint(1, 9)) % 10) + s[i + 1:] if s[i].isdigit() else s
        if not iban_ok(s2):
            return s2

def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c

def gen_card(brand):
    if brand == "visa":
        return luhn_complete("4", 16)
    if brand == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16)
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15)
    if brand == "maestro":
        return luhn_complete("6759", 19)
    raise ValueError(brand)

def bad_card(brand):
    while True:
        s = gen_card(brand)
        s2 = s[:-1] + str((int(s[-1]) + rng.randint(1, 9)) % 10)
        if not luhn_ok(s2):
            return s2

def fmt(kind, raw, opts):
    if kind == "BSN":
        if "dot" in opts:
            return raw[:4] + "." + raw[4:6] + "." + raw[6:]
        if "sp" in opts:
            return raw[:3] + " " + raw[3:6] + " " + raw[6:]
        return raw
    if kind == "IBAN":
        s = raw
        if "g" in opts:
            s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if "low" in opts:
            s = s.lower()
        return s
    if kind == "CARD":
        if "sp" in opts or "dash" in opts:
            sep = "-" if "dash" in opts else " "
            if len(raw) == 15:
                return raw[:4] + sep + raw[4:10] + sep + raw[10:]
            return sep.join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw
    raise ValueError(kind)

def generate(spec):
    parts = spec.split(".")
    bad = False
    if parts[0] == "BAD":
        bad, parts = True, parts[1:]
    kind, opts = parts[0], parts[1:]
    if kind == "BSN":
        raw = bad_bsn() if bad else gen_bsn()
    elif kind == "IBAN":
        cc = opts[0]
        raw = bad_iban(cc) if bad else gen_iban(cc)
    elif kind == "CARD":
        raw = bad_card(opts[0]) if bad else gen_card(opts[0])
    else:
        raise ValueError(spec)
    return kind, fmt(kind, raw, opts), bad

# ---------------------------------------------------------------- parsing
TOKEN = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")
ORG_VALUES = set()      # valid checksummed values deliberately left unlabelled (organisation data)
BAD_VALUES = set()      # values failing their checksum
GENERATED = set()       # every generated number, to keep them unique across the set

def render(src):
    out, labels, store = [], [], {}
    pos = 0
    for m in TOKEN.finditer(src):
        out.append(src[pos:m.start()])
        pos = m.end()
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if code not in CODES:
                sys.exit("unknown code %s in %r" % (code, src[:80]))
            out.append(val)
            labels.append((CODES[code], val))
            continue
        spec = m.group(3)
        ref = None
        if "@" in spec:
            spec, ref = spec.split("@")
            if spec == "":
                out.append(store[ref])
                continue
        unl = spec.startswith("!")
        kind, val, bad = generate(spec.lstrip("!"))
        if val in GENERATED:
            err("generated value repeated across messages %r" % val)
        GENERATED.add(val)
        if ref:
            store[ref] = val
        out.append(val)
        if bad:
            BAD_VALUES.add(val)
        elif unl:
            ORG_VALUES.add(val)
        else:
            labels.append((kind, val))
    out.append(src[pos:])
    text = "".join(out)
    seen, lab = set(), []
    for t, v in labels:
        if (t, v) not in seen:
            seen.add((t, v))
            lab.append((t, v))
    # order labels by first occurrence
    lab.sort(key=lambda tv: text.find(tv[1]))
    return text, lab

def load(lang):
    path = os.path.join(HERE, "src_%s.txt" % lang)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    blocks = [b.strip("\n") for b in re.split(r"^===\s*$", raw, flags=re.M)]
    return [b for b in blocks if b.strip()]

# ---------------------------------------------------------------- checks
errors = []
def err(msg):
    errors.append(msg)

def check(lang, text, lab):
    if "\t" in text:
        err("tab in text: " + text[:60])
    for t, v in lab:
        if t not in TYPES:
            err("bad type " + t)
        if ";" in v or "\t" in v or "\n" in v:
            err("bad char in value %r" % v)
        if v not in text:
            err("value not in text %r" % v)
        if v != v.strip():
            err("whitespace around value %r" % v)
        if t == "BSN" and not bsn_ok(v):
            err("BSN fails 11-test %r" % v)
        if t == "IBAN" and not iban_ok(v):
            err("IBAN fails mod97 %r" % v)
        if t == "CARD" and not luhn_ok(v):
            err("CARD fails Luhn %r" % v)
    labelled = " ".join(v for _, v in lab)
    # unlabelled checksum-passing look-alikes must be deliberate organisation data
    for m in re.finditer(r"(?<![\d.])\d{4}\.\d{2}\.\d{3}(?![\d.])|(?<![\d ])\d{3} \d{3} \d{3}(?![\d ])|(?<!\d)\d{9}(?!\d)", text):
        s = m.group(0)
        if bsn_ok(s) and s not in labelled and s not in ORG_VALUES:
            err("unlabelled valid BSN-like %r in %r" % (s, text[:70]))
    for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b", text):
        s = m.group(0)
        if iban_ok(s) and s not in labelled and s not in ORG_VALUES:
            err("unlabelled valid IBAN %r" % s)
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
        s = m.group(0)
        if luhn_ok(s) and s not in labelled and s not in ORG_VALUES and len(re.sub(r'\D', '', s)) in (15, 16, 19):
            err("unlabelled Luhn-valid number %r in %r" % (s, text[:70]))

def main():
    want = {"nl": 150, "en": 60, "de": 45, "fr": 45}
    rows, texts = [], set()
    for lang in want:
        msgs = load(lang)
        if len(msgs) != want[lang]:
            err("%s: %d messages, want %d" % (lang, len(msgs), want[lang]))
        for src in msgs:
            text, lab = render(src)
            text = text.replace("\r", "").replace("\n", "\\n")
            check(lang, text, lab)
            if text in texts:
                err("duplicate text " + text[:60])
            texts.add(text)
            rows.append((lang, text, lab))
    per_lang = collections.Counter(r[0] for r in rows)
    empty = collections.Counter(r[0] for r in rows if not r[2])
    per_type = collections.Counter(t for r in rows for t, _ in r[2])
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    random.Random(SEED_SHUFFLE).shuffle(rows)
    out = os.path.join(HERE, NAME + ".tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# %s: invented customer messages to Dutch/Belgian customer-service assistants, personal data labelled by type and exact text\n" % NAME)
        f.write("# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty when no personal data); \\n in text = line break\n")
        f.write("# written blind from the brief (no other data consulted); frozen on delivery, not to be edited\n")
        for lang, text, lab in rows:
            f.write("%s\t%s\t%s\n" % (lang, text, ";".join("%s=%s" % tv for tv in lab)))
    # re-read and verify
    with open(out, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert all(l.startswith("#") for l in lines[:3]) and len(lines) == 303
    for l in lines[3:]:
        c = l.split("\t")
        assert len(c) == 3, l[:80]
        for item in filter(None, c[2].split(";")):
            t, v = item.split("=", 1)
            assert t in TYPES and v in c[1], item
    print("total", len(rows))
    print("per language", dict(per_lang))
    print("without personal data", dict(empty), sum(empty.values()))
    print("labels per type", dict(sorted(per_type.items())))
    print("labels total", sum(per_type.values()))
    with open(os.path.join(HERE, "counts.txt"), "w") as f:
        f.write("per language %s\nwithout personal data %s total %d\nlabels per type %s\nlabels total %d\n" % (
            dict(per_lang), dict(empty), sum(empty.values()), dict(sorted(per_type.items())), sum(per_type.values())))

if __name__ == "__main__":
    main()
