#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-r23.tsv from the source lists src_*.txt.

Source syntax (one message per line, literal \\n = line break inside the message):
  [[CODE:value]]   a labelled span; CODE is a short type code (see CODES)
  {{KIND}}         a generated number (seeded, seed 2323); {{KIND#tag}} re-uses the
                   same value within one message
Generated kinds: BSN BSN_S BSN_D BADBSN IBAN_<CC>[_S|_L] BADIBAN_<CC>_S
                 CARD_V CARD_V_S CARD_V_D CARD_M CARD_M_S CARD_A_S BADCARD_V_S
                 IMEI ICCID OVCARD
Only the first occurrence of a value is labelled; values are checked verbatim,
BSN/IBAN/CARD labels are checked against their checksums.
"""
import random, re, sys, os, collections

SEED = 2323
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "privacy-report-r23.tsv")
LANGS = [("nl", 150), ("en", 60), ("de", 45), ("fr", 45)]
CODES = {"N": "PERSON_NAME", "A": "ADDRESS", "PC": "POSTCODE", "T": "PHONE", "E": "EMAIL",
         "D": "DATE_OF_BIRTH", "BSN": "BSN", "IBAN": "IBAN", "CARD": "CARD", "ID": "ID_DOCUMENT",
         "LP": "LICENCE_PLATE", "IP": "IP", "PW": "PASSWORD", "S": "SPECIAL_CATEGORY"}

rng = random.Random(SEED)

# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    c = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c): return False
    r = c[4:] + c[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1

def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) < 12: return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c): return c

# ---------- generators ----------
def gen_bsn():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        t = sum(d[i] * (9 - i) for i in range(8)) % 11
        if t == 10: continue
        s = "".join(map(str, d)) + str(t)
        if bsn_ok(s): return s

def bad_bsn():
    s = gen_bsn()
    last = (int(s[-1]) + rng.randint(1, 9)) % 10
    s = s[:-1] + str(last)
    assert not bsn_ok(s)
    return s

def iban_check(cc, bban):
    n = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(n) % 97)

NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
def gen_iban(cc):
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == "BE":
        base = "".join(str(rng.randint(0, 9)) for _ in range(10))
        chk = int(base) % 97 or 97
        bban = base + "%02d" % chk
    elif cc == "DE":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    elif cc == "FR":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(21))
        bank, guichet, acct = int(bban[:5]), int(bban[5:10]), int(bban[10:21])
        key = 97 - ((89 * bank + 15 * guichet + 3 * acct) % 97)
        bban += "%02d" % key
    else:
        raise ValueError(cc)
    s = cc + iban_check(cc, bban) + bban
    assert iban_ok(s)
    return s

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def gen_card(kind):
    if kind == "V":
        body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif kind == "M":
        body = "5" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(13))
    elif kind == "A":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    s = body + luhn_digit(body)
    assert luhn_ok(s)
    return s

def gen_imei():
    body = rng.choice(["35", "86", "01"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)

def gen_iccid():
    body = "8931" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    return body + luhn_digit(body)

def gen_ovcard():
    while True:
        s = "3528" + "".join(str(rng.randint(0, 9)) for _ in range(12))
        if not luhn_ok(s): return " ".join(s[i:i + 4] for i in range(0, 16, 4))

def make(kind):
    if kind == "BSN": return gen_bsn()
    if kind == "BSN_S": s = gen_bsn(); return s[:4] + " " + s[4:6] + " " + s[6:]
    if kind == "BSN_D": s = gen_bsn(); return s[:4] + "." + s[4:6] + "." + s[6:]
    if kind == "BADBSN": return bad_bsn()
    m = re.fullmatch(r"(BAD)?IBAN_([A-Z]{2})(_S|_L)?", kind)
    if m:
        s = gen_iban(m.group(2))
        if m.group(1):
            # change one digit of the account part so mod-97 fails
            while True:
                i = rng.randint(5, len(s) - 1)
                if s[i].isdigit():
                    t = s[:i] + str((int(s[i]) + rng.randint(1, 9)) % 10) + s[i + 1:]
                    if not iban_ok(t): s = t; break
        if m.group(3) == "_S": s = group4(s)
        if m.group(3) == "_L": s = group4(s).lower()
        return s
    m = re.fullmatch(r"(BAD)?CARD_([VMA])(_S|_D)?", kind)
    if m:
        s = gen_card(m.group(2))
        if m.group(1):
            s = s[:-1] + str((int(s[-1]) + rng.randint(1, 9)) % 10)
            assert not luhn_ok(s)
        if m.group(2) == "A" and m.group(3):
            sep = " " if m.group(3) == "_S" else "-"
            return s[:4] + sep + s[4:10] + sep + s[10:]
        if m.group(3) == "_S": return group4(s)
        if m.group(3) == "_D": return "-".join(s[i:i + 4] for i in range(0, 16, 4))
        return s
    if kind == "IMEI": return gen_imei()
    if kind == "ICCID": return gen_iccid()
    if kind == "OVCARD": return gen_ovcard()
    raise ValueError("unknown kind " + kind)

# ---------- parse ----------
PH = re.compile(r"\{\{([A-Z_]+)(?:#(\w+))?\}\}")
LAB = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")

def expand(src):
    cache = {}
    def rep(m):
        kind, tag = m.group(1), m.group(2)
        if tag:
            key = (kind, tag)
            if key not in cache: cache[key] = make(kind)
            return cache[key]
        return make(kind)
    return PH.sub(rep, src)

def parse(src, where):
    s = expand(src)
    labels, seen = [], set()
    for m in LAB.finditer(s):
        code, val = m.group(1), m.group(2)
        if code not in CODES: sys.exit(f"{where}: bad code {code}")
        typ = CODES[code]
        if ";" in val or not val.strip() or val != val.strip():
            sys.exit(f"{where}: bad value {val!r}")
        if typ == "BSN" and not bsn_ok(val): sys.exit(f"{where}: BSN fails 11-test {val}")
        if typ == "IBAN" and not iban_ok(val): sys.exit(f"{where}: IBAN fails mod-97 {val}")
        if typ == "CARD" and not luhn_ok(val): sys.exit(f"{where}: card fails Luhn {val}")
        if val in seen: continue
        seen.add(val)
        labels.append((typ, val))
    text = LAB.sub(lambda m: m.group(2), s)
    if "[[" in text or "]]" in text or "{{" in text: sys.exit(f"{where}: leftover markup")
    if "\t" in text or "\n" in text: sys.exit(f"{where}: tab/newline in text")
    for typ, val in labels:
        if val not in text: sys.exit(f"{where}: value not in text {val}")
    return text, labels

def main():
    rows, texts = [], set()
    per_lang, per_type, empty = collections.Counter(), collections.Counter(), collections.Counter()
    for lang, want in LANGS:
        path = os.path.join(HERE, f"src_{lang}.txt")
        lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
        n = 0
        for i, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("%"): continue
            text, labels = parse(line, f"{path}:{i}")
            if text in texts: sys.exit(f"{path}:{i}: duplicate text")
            texts.add(text)
            rows.append((lang, text, ";".join(f"{t}={v}" for t, v in labels)))
            n += 1
            per_lang[lang] += 1
            if not labels: empty[lang] += 1
            for t, _ in labels: per_type[t] += 1
        if n != want: print(f"WARNING {lang}: {n} messages, want {want}")
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# privacy-report-r23: 300 invented customer messages (nl/en/de/fr) to Dutch and Belgian organisations, personal data labelled by type and exact text\n")
        f.write("# format: lang<TAB>text<TAB>labels; labels = TYPE=value;TYPE=value (empty = no personal data); \\n in text = line break\n")
        f.write("# written blind from the brief (no other data or files consulted); frozen on delivery, do not edit\n")
        for r in rows: f.write("\t".join(r) + "\n")
    print("total", len(rows))
    for lang, _ in LANGS: print(lang, per_lang[lang], "without PD:", empty[lang])
    print("without PD total:", sum(empty.values()))
    for t in CODES.values(): print(t, per_type[t])

if __name__ == "__main__":
    main()
