#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-r15.tsv from the hand-written source lists.

Source lists: sources/messages_<lang>.txt, one message per line (lines starting with
'//' and empty lines are ignored). A line break inside a message is written as \\n.

Markup inside a message:
  [[TYPE:value]]        labelled span (value is kept verbatim in the text)
  {BSN} {BSN:dot} {BSN:sp}                 valid BSN (11-test), labelled
  {IBAN:CC} {IBAN:CC:sp} {IBAN:CC:lc}      valid IBAN (mod-97) for CC in NL/BE/DE/FR, labelled
  {CARD:VISA|MC|AMEX[:sp|c|dash]}          valid card number (Luhn), labelled
  {X...}   same generator but the checksum is broken   -> NOT labelled
  {O...}   valid number of the organisation itself     -> NOT labelled
All generated numbers come from one seeded RNG, so the build is reproducible.
"""
import random, re, sys, os, collections

SEED = 15
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "privacy-report-r15.tsv")
LANGS = ["nl", "en", "de", "fr"]
TARGET = {"nl": 150, "en": 60, "de": 45, "fr": 45}
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN", "IBAN",
         "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]

rng = random.Random(SEED)

# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) < 13:
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
def gen_bsn(valid=True):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last == 10:
            continue
        s = "".join(map(str, d)) + str(last)
        if valid:
            return s
        # break the check: change the last digit to something that fails
        for alt in range(10):
            t = s[:8] + str((last + 1 + alt) % 10)
            if not bsn_ok(t):
                return t

def fmt_bsn(s, f):
    if f == "dot":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if f == "sp":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s

def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(num) % 97)

NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]

def gen_iban(cc, valid=True):
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == "BE":
        first = "".join(str(rng.randint(0, 9)) for _ in range(10))
        k = int(first) % 97
        bban = first + "%02d" % (k if k else 97)
    elif cc == "DE":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
        if bban[0] == "0":
            bban = "5" + bban[1:]
    elif cc == "FR":
        bank = "%05d" % rng.randint(10000, 30000)
        branch = "%05d" % rng.randint(0, 99999)
        acc = "%011d" % rng.randint(0, 10**11 - 1)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
        bban = bank + branch + acc + "%02d" % key
    else:
        raise ValueError(cc)
    s = cc + iban_check(cc, bban) + bban
    assert iban_ok(s)
    if not valid:
        # swap two adjacent different digits in the BBAN -> mod-97 fails
        for i in range(len(s) - 2, 4, -1):
            if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if not iban_ok(t):
                    return t
    return s

def fmt_iban(s, f):
    if f in ("sp", "lc"):
        g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return g.lower() if f == "lc" else g
    return s

def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)

def gen_card(kind, valid=True):
    if kind == "VISA":
        body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif kind == "MC":
        body = "5" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(13))
    elif kind == "AMEX":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    else:
        raise ValueError(kind)
    s = body + luhn_digit(body)
    assert luhn_ok(s)
    if not valid:
        s = s[:-1] + str((int(s[-1]) + 3) % 10)
        assert not luhn_ok(s)
    return s

def fmt_card(s, f):
    if len(s) == 15:  # amex 4-6-5
        parts = [s[:4], s[4:10], s[10:]]
    else:
        parts = [s[i:i + 4] for i in range(0, len(s), 4)]
    if f == "sp":
        return " ".join(parts)
    if f == "dash":
        return "-".join(parts)
    return s

ORG_VALUES = set()  # valid numbers of the organisation itself (not labelled)
TOKEN = re.compile(r"\{([XO]?)(BSN|IBAN|CARD)((?::[A-Za-z]+)*)\}")
SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")

def expand(text):
    """Return (plain_text, labels) for one source message."""
    labels = []  # (pos, type, value)
    # 1) generator tokens -> replace by [[TYPE:value]] when labelled, plain otherwise
    def tok(m):
        flag, kind, opts = m.group(1), m.group(2), [o for o in m.group(3).split(":") if o]
        valid = flag != "X"
        if kind == "BSN":
            v = fmt_bsn(gen_bsn(valid), opts[0] if opts else "")
        elif kind == "IBAN":
            v = fmt_iban(gen_iban(opts[0], valid), opts[1] if len(opts) > 1 else "")
        else:
            v = fmt_card(gen_card(opts[0], valid), opts[1] if len(opts) > 1 else "")
        if flag == "":
            return f"[[{kind}:{v}]]"
        if flag == "O":
            ORG_VALUES.add(v)
        return v
    text = TOKEN.sub(tok, text)
    # 2) spans
    out, pos, last = [], 0, 0
    for m in SPAN.finditer(text):
        out.append(text[last:m.start()])
        pos += m.start() - last
        typ, val = m.group(1), m.group(2)
        labels.append((pos, typ, val))
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(text[last:])
    return "".join(out), labels

def check(lang, plain, labels, src):
    errs = []
    if "\t" in plain or "[[" in plain or "]]" in plain or "{" in plain and re.search(r"\{[XO]?(BSN|IBAN|CARD)", plain):
        errs.append("markup left / tab")
    seen = set()
    for _, typ, val in labels:
        if typ not in TYPES:
            errs.append(f"unknown type {typ}")
        if ";" in val or "=" in val and typ != "PASSWORD":
            errs.append(f"bad char in value {val!r}")
        if val != val.strip():
            errs.append(f"whitespace around value {val!r}")
        if typ == "BSN" and not bsn_ok(val):
            errs.append(f"BSN fails 11-test {val}")
        if typ == "IBAN" and not iban_ok(val):
            errs.append(f"IBAN fails mod-97 {val}")
        if typ == "CARD" and not luhn_ok(val):
            errs.append(f"CARD fails Luhn {val}")
        if val not in plain:
            errs.append(f"value not in text {val}")
    # unlabelled look-alikes that accidentally pass a checksum
    labelled_vals = {v for _, _, v in labels}
    for m in re.finditer(r"(?<![\d.])\d[\d .]{7,12}\d(?![\d])", plain):
        cand = m.group(0)
        digits = re.sub(r"\D", "", cand)
        if len(digits) == 9 and bsn_ok(digits) and not any(digits in re.sub(r"\D", "", v) for v in labelled_vals):
            errs.append(f"unlabelled 9-digit number passes 11-test: {cand}")
    for m in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", plain):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) in (15, 16) and luhn_ok(digits) and not any(digits == re.sub(r"\D", "", v) for v in labelled_vals):
            if not any(digits in re.sub(r"\D", "", v) for v in labelled_vals):
                errs.append(f"unlabelled card-like number passes Luhn: {m.group(0)}")
    for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b", plain):
        cand = m.group(0)
        if iban_ok(cand) and cand not in ORG_VALUES and cand not in labelled_vals and not cand.startswith(tuple(v[:8] for v in labelled_vals if len(v) > 8)):
            errs.append(f"unlabelled IBAN-like passes mod-97: {cand}")
    return errs

def main():
    rows, problems = [], []
    for lang in LANGS:
        path = os.path.join(HERE, "sources", f"messages_{lang}.txt")
        n = 0
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("//"):
                    continue
                plain, labels = expand(line)
                plain = plain.strip()
                errs = check(lang, plain, labels, line)
                for e in errs:
                    problems.append(f"{lang}:{lineno}: {e}")
                # dedupe: each distinct (type,value) once, first occurrence order
                seen, lab = set(), []
                for pos, typ, val in sorted(labels, key=lambda x: x[0]):
                    if (typ, val) in seen:
                        continue
                    seen.add((typ, val))
                    lab.append(f"{typ}={val}")
                rows.append((lang, plain, ";".join(lab), lineno))
                n += 1
        if n != TARGET[lang]:
            problems.append(f"{lang}: {n} messages, expected {TARGET[lang]}")
    texts = collections.Counter(r[1] for r in rows)
    for t, c in texts.items():
        if c > 1:
            problems.append(f"duplicate text: {t[:60]}")
    # stats
    per_lang = collections.Counter(r[0] for r in rows)
    empty = collections.Counter(r[0] for r in rows if not r[2])
    per_type = collections.Counter()
    per_type_lang = collections.defaultdict(collections.Counter)
    for r in rows:
        if r[2]:
            for item in r[2].split(";"):
                t = item.split("=", 1)[0]
                per_type[t] += 1
                per_type_lang[t][r[0]] += 1
    print("messages per language:", dict(per_lang), "total", len(rows))
    print("without personal data:", dict(empty), "total", sum(empty.values()))
    print("labels per type:")
    for t in TYPES:
        print(f"  {t:17s} {per_type[t]:4d}  " + " ".join(f"{l}={per_type_lang[t][l]}" for l in LANGS))
    print("total labels", sum(per_type.values()))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    shuf = random.Random(SEED + 1000)
    rows_out = [(r[0], r[1], r[2]) for r in rows]
    shuf.shuffle(rows_out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# privacy-report-r15: invented customer messages to Dutch/Belgian organisations with personal data labelled by type and exact text\n")
        fh.write("# columns: lang<TAB>text<TAB>labels  (labels = TYPE=value;TYPE=value, empty if none; \\n in text = line break)\n")
        fh.write("# written blind from the brief (no other data consulted), built and shuffled with seed 1015 by build.py; frozen on delivery, not to be edited\n")
        for r in rows_out:
            fh.write("\t".join(r) + "\n")
    print("written", OUT)

if __name__ == "__main__":
    main()
