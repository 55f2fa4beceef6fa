#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-l5.tsv from the hand-written source lists.

Source lists: src_nl.txt, src_en.txt, src_de.txt, src_fr.txt
  one message per line; '#'-lines and empty lines are ignored;
  a line break inside a message is written as the two characters \\n.
Markup:
  [[TYPE|value]]  -> personal data of TYPE; written into the text as 'value'
  {BSN} {BSN.dots} {BSN.space}                      valid BSN (11-test)
  {IBAN.CC} {IBAN.CC.g} {IBAN.CC.lower}             valid IBAN for CC in NL BE DE FR
  {CARD.visa|mc|amex} with .g (groups) or .d (dashes) valid Luhn card
  {BSNBAD} {IBANBAD.CC[.g]} {CARDBAD.kind[.g]}      same shapes, deliberately failing the checksum
All generated numbers come from one seeded RNG, so the build is reproducible.
"""
import random, re, sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAME = "privacy-report-l5"
SEED_GEN = 20240611
SEED_SHUFFLE = 5150
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN", "IBAN",
         "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]
TARGET = {"nl": 150, "en": 60, "de": 45, "fr": 45}

rng = random.Random(SEED_GEN)

# ---------------------------------------------------------------- checksums
def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0

def iban_ok(s):
    x = re.sub(r"[ \-.]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", x):
        return False
    r = x[4:] + x[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def luhn_ok(s):
    d = re.sub(r"[ \-]", "", s)
    if not re.fullmatch(r"\d{12,19}", d):
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
def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))

def gen_bsn():
    while True:
        d = str(rng.randint(1, 9)) + digits(7)
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1))) % 11
        if s < 10:
            return d + str(s)

def fmt_bsn(b, style):
    if style == "dots":
        return f"{b[:3]}.{b[3:6]}.{b[6:]}"
    if style == "space":
        return f"{b[:4]} {b[4:6]} {b[6:]}"
    return b

NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]

def bban(cc):
    if cc == "NL":
        return rng.choice(NL_BANKS) + str(rng.randint(1, 9)) + digits(9)
    if cc == "BE":
        acc = str(rng.randint(1, 9)) + digits(9)
        chk = int(acc) % 97 or 97
        return acc + f"{chk:02d}"
    if cc == "DE":
        return str(rng.randint(1, 8)) + digits(7) + digits(10)
    if cc == "FR":
        bank, branch, acc = str(rng.randint(1, 4)) + digits(4), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
        return bank + branch + acc + f"{key:02d}"
    raise ValueError(cc)

def gen_iban(cc):
    b = bban(cc)
    n = "".join(str(int(c, 36)) for c in b + cc + "00")
    return cc + f"{98 - int(n) % 97:02d}" + b

def fmt_groups(s, sizes=None, sep=" "):
    if sizes is None:
        return sep.join(s[i:i + 4] for i in range(0, len(s), 4))
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    return sep.join(out)

def fmt_iban(x, style):
    if style == "g":
        return fmt_groups(x)
    if style == "lower":
        return x.lower()
    return x

def gen_card(kind):
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(12)
    else:
        raise ValueError(kind)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def fmt_card(c, kind, style):
    sizes = [4, 6, 5] if kind == "amex" else None
    if style == "g":
        return fmt_groups(c, sizes)
    if style == "d":
        return fmt_groups(c, sizes, "-")
    return c

def break_last(s, ok):
    """change one digit (the last one) so that the checksum fails"""
    idx = max(i for i, ch in enumerate(s) if ch.isdigit())
    for k in range(1, 10):
        t = s[:idx] + str((int(s[idx]) + k) % 10) + s[idx + 1:]
        if not ok(t):
            return t
    raise RuntimeError(s)

def break_middle(s, ok):
    ds = [i for i, ch in enumerate(s) if ch.isdigit()]
    idx = ds[len(ds) // 2 + 1]
    for k in range(1, 10):
        t = s[:idx] + str((int(s[idx]) + k) % 10) + s[idx + 1:]
        if not ok(t):
            return t
    raise RuntimeError(s)

PH = re.compile(r"\{(BSN|BSNBAD|IBAN|IBANBAD|CARD|CARDBAD)((?:\.[A-Za-z]+)*)\}")

def fill(m):
    kind, rest = m.group(1), [p for p in m.group(2).split(".") if p]
    if kind in ("BSN", "BSNBAD"):
        style = rest[0] if rest else ""
        b = gen_bsn()
        if kind == "BSNBAD":
            b = break_last(b, bsn_ok)
        return fmt_bsn(b, style)
    if kind in ("IBAN", "IBANBAD"):
        cc, style = rest[0], (rest[1] if len(rest) > 1 else "")
        x = gen_iban(cc)
        if kind == "IBANBAD":
            x = break_middle(x, iban_ok)
        return fmt_iban(x, style)
    ck, style = rest[0], (rest[1] if len(rest) > 1 else "")
    c = gen_card(ck)
    if kind == "CARDBAD":
        c = break_last(c, luhn_ok)
    return fmt_card(c, ck, style)

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")

# ---------------------------------------------------------------- build
def main():
    errors, warnings, rows = [], [], []
    for lang in TARGET:
        src = HERE / f"src_{lang}.txt"
        for ln, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{src.name}:{ln}"
            line = PH.sub(fill, line.rstrip())
            labels, seen = [], set()
            parts, pos = [], 0
            for m in MARK.finditer(line):
                parts.append(line[pos:m.start()]); parts.append(m.group(2)); pos = m.end()
                t, v = m.group(1), m.group(2)
                if t not in TYPES:
                    errors.append(f"{where}: unknown type {t}")
                if (t, v) not in seen:
                    seen.add((t, v)); labels.append((t, v))
            parts.append(line[pos:])
            text = "".join(parts)
            if "[[" in text or "]]" in text or "\t" in text or PH.search(text):
                errors.append(f"{where}: leftover markup or tab")
            for t, v in labels:
                if ";" in v or "\t" in v or not v.strip() or v != v.strip():
                    errors.append(f"{where}: bad value {v!r}")
                if v not in text:
                    errors.append(f"{where}: value not verbatim {v!r}")
                if t == "BSN" and not bsn_ok(v):
                    errors.append(f"{where}: BSN fails 11-test {v}")
                if t == "IBAN" and not iban_ok(v):
                    errors.append(f"{where}: IBAN fails mod-97 {v}")
                if t == "CARD" and not luhn_ok(v):
                    errors.append(f"{where}: card fails Luhn {v}")
            # look-alikes left unlabelled: report so that they can be reviewed by hand
            labelled = " ".join(v for _, v in labels)
            for m in re.finditer(r"(?<![\w.])\d[\d .]{7,12}\d(?![\w])", text):
                s = m.group(0)
                if bsn_ok(s) and s not in labelled:
                    warnings.append(f"{where}: unlabelled 11-test number {s!r}")
            for m in re.finditer(r"(?<!\w)\d[\d \-]{11,22}\d(?!\w)", text):
                s = m.group(0)
                if luhn_ok(s) and s not in labelled:
                    warnings.append(f"{where}: unlabelled Luhn number {s!r}")
            for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
                s = m.group(0)
                if iban_ok(s) and s not in labelled:
                    warnings.append(f"{where}: unlabelled valid IBAN {s!r}")
            rows.append((lang, text, labels, where))

    texts = collections.Counter(r[1] for r in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text: {t[:60]!r}")
    per_lang = collections.Counter(r[0] for r in rows)
    for lang, n in TARGET.items():
        if per_lang[lang] != n:
            errors.append(f"{lang}: {per_lang[lang]} messages, want {n}")

    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    rng_s = random.Random(SEED_SHUFFLE)
    rows.sort(key=lambda r: (r[0], r[1]))
    rng_s.shuffle(rows)
    out = HERE / f"{NAME}.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {NAME}: invented customer messages to the AI customer-service assistant of Dutch/Belgian organisations, every piece of personal data labelled by type and exact text\n")
        f.write("# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty = no personal data) ; a line break inside a message is written as \\n\n")
        f.write("# written blind from the brief alone (no other data, code or corpus consulted); frozen on delivery, do not edit\n")
        for lang, text, labels, _ in rows:
            f.write(f"{lang}\t{text}\t{';'.join(f'{t}={v}' for t, v in labels)}\n")

    # stats for the README
    empty = collections.Counter(r[0] for r in rows if not r[2])
    types = collections.Counter(t for r in rows for t, _ in r[2])
    types_lang = {l: collections.Counter(t for r in rows if r[0] == l for t, _ in r[2]) for l in TARGET}
    lines = ["| lang | messages | without personal data | labels |", "|---|---|---|---|"]
    for l in TARGET:
        lines.append(f"| {l} | {per_lang[l]} | {empty[l]} | {sum(types_lang[l].values())} |")
    lines.append(f"| all | {len(rows)} | {sum(empty.values())} | {sum(types.values())} |")
    lines += ["", "| type | nl | en | de | fr | all |", "|---|---|---|---|---|---|"]
    for t in TYPES:
        lines.append(f"| {t} | " + " | ".join(str(types_lang[l][t]) for l in TARGET) + f" | {types[t]} |")
    stats = "\n".join(lines)
    tmpl = (HERE / "readme_template.md").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tmpl.replace("<<COUNTS>>", stats), encoding="utf-8")
    print(stats)
    print(f"wrote {out} ({len(rows)} messages)")

if __name__ == "__main__":
    main()
