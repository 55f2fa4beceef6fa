#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-l4.tsv from the source lists src_*.py.

Checksummed numbers are written in the sources as placeholders
{{KIND:id}} or {{KIND:id:format}} and generated here from a fixed seed:
  BSN, BADBSN                      formats raw | dots | sp | sp3
  IBAN_NL, IBAN_BE, IBAN_DE, IBAN_FR, BADIBAN_NL   formats raw | grp | lowraw
  CARD_V, CARD_M, CARD_A, BADCARD  formats raw | grp | dash
The same placeholder in text and labels expands to the same string.
"""
import collections
import os
import random
import re
import sys

SEED = 20240611
NAME = "privacy-report-l4"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON_NAME", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "BSN",
         "IBAN", "CARD", "ID_DOCUMENT", "LICENCE_PLATE", "IP", "PASSWORD", "SPECIAL_CATEGORY"]
TARGET = {"nl": 150, "en": 60, "de": 45, "fr": 45}


def rng(kind, ident):
    return random.Random(f"{SEED}:{kind}:{ident}")


# ---------- checksums ----------
def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    r = s[4:] + s[:4]
    return len(s) >= 15 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 13 and tot % 10 == 0


# ---------- generators ----------
def gen_bsn(r):
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def gen_bad_bsn(r):
    b = gen_bsn(r)
    return b[:-1] + str((int(b[-1]) + r.randint(1, 9)) % 10)


def with_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def gen_iban(kind, r):
    if kind == "IBAN_NL" or kind == "BADIBAN_NL":
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        v = with_check("NL", bank + digits(r, 10))
    elif kind == "IBAN_BE":
        first = r.choice(["001", "063", "068", "310", "363", "734", "735", "143", "973"]) + digits(r, 7)
        chk = int(first) % 97 or 97
        v = with_check("BE", f"{first}{chk:02d}")
    elif kind == "IBAN_DE":
        blz = r.choice(["37040044", "50010517", "10010010", "30050110", "44050199", "20041133"])
        v = with_check("DE", blz + digits(r, 10))
    elif kind == "IBAN_FR":
        bank = r.choice(["30004", "30003", "20041", "10278", "11315"])
        guichet, acct = digits(r, 5), digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        v = with_check("FR", f"{bank}{guichet}{acct}{key:02d}")
    else:
        raise ValueError(kind)
    if kind.startswith("BAD"):
        cd = int(v[2:4])
        v = f"{v[:2]}{(cd + r.randint(1, 9)) % 100:02d}{v[4:]}"
    return v


def gen_card(kind, r):
    if kind == "CARD_A":
        body, n = r.choice(["34", "37"]), 15
    elif kind == "CARD_M":
        body, n = r.choice(["51", "52", "53", "54", "55", "2221"]), 16
    else:
        body, n = "4", 16
    body += digits(r, n - 1 - len(body))
    for c in range(10):
        if luhn_ok(body + str(c)):
            v = body + str(c)
            break
    if kind == "BADCARD":
        v = v[:-1] + str((int(v[-1]) + r.randint(1, 9)) % 10)
    return v


def fmt(kind, v, f):
    f = f or "raw"
    if kind in ("BSN", "BADBSN"):
        return {"raw": v, "dots": f"{v[:4]}.{v[4:6]}.{v[6:]}", "sp": f"{v[:4]} {v[4:6]} {v[6:]}",
                "sp3": f"{v[:3]} {v[3:6]} {v[6:]}"}[f]
    if kind.startswith(("IBAN", "BADIBAN")):
        if f == "grp":
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return {"raw": v, "lowraw": v.lower()}[f]
    if kind.startswith(("CARD", "BADCARD")):
        if f == "raw":
            return v
        sep = " " if f == "grp" else "-"
        if len(v) == 15:
            return sep.join([v[:4], v[4:10], v[10:]])
        return sep.join(v[i:i + 4] for i in range(0, 16, 4))
    raise ValueError(kind)


CACHE = {}


def value(kind, ident):
    key = (kind, ident)
    if key not in CACHE:
        r = rng(kind, ident)
        if kind == "BSN":
            CACHE[key] = gen_bsn(r)
        elif kind == "BADBSN":
            CACHE[key] = gen_bad_bsn(r)
        elif "IBAN" in kind:
            CACHE[key] = gen_iban(kind, r)
        elif "CARD" in kind:
            CACHE[key] = gen_card(kind, r)
        else:
            raise ValueError(kind)
    return CACHE[key]


PH = re.compile(r"\{\{(\w+):(\w+)(?::(\w+))?\}\}")


def expand(s):
    return PH.sub(lambda m: fmt(m.group(1), value(m.group(1), m.group(2)), m.group(3)), s)


# ---------- load ----------
def load():
    sys.path.insert(0, HERE)
    rows = []
    for lang in TARGET:
        mod = __import__(f"src_{lang}")
        for i, (text, labels) in enumerate(mod.MSGS):
            rows.append((lang, i, text, labels))
    return rows


def main():
    errors = []
    out = []
    seen = set()
    for lang, i, text, labels in load():
        where = f"{lang}#{i + 1}"
        t = expand(text.strip("\n"))
        if "\t" in t or "\\n" in t:
            errors.append(f"{where}: tab or literal \\n in text")
        t = t.replace("\r", "").replace("\n", "\\n")
        if t in seen:
            errors.append(f"{where}: duplicate text")
        seen.add(t)
        labs = []
        if labels.strip():
            for part in expand(labels).split(";"):
                if "=" not in part:
                    errors.append(f"{where}: bad label {part!r}")
                    continue
                typ, val = part.split("=", 1)
                if typ not in TYPES:
                    errors.append(f"{where}: unknown type {typ}")
                if not val or val != val.strip():
                    errors.append(f"{where}: empty/padded value {val!r}")
                if val not in t:
                    errors.append(f"{where}: value not in text: {typ}={val!r}")
                if (typ, val) in labs:
                    errors.append(f"{where}: duplicate label {typ}={val}")
                if typ == "BSN" and not bsn_ok(val):
                    errors.append(f"{where}: BSN fails 11-test {val}")
                if typ == "IBAN" and not iban_ok(val):
                    errors.append(f"{where}: IBAN fails mod-97 {val}")
                if typ == "CARD" and not luhn_ok(val):
                    errors.append(f"{where}: card fails Luhn {val}")
                labs.append((typ, val))
        # order labels by first occurrence (word-boundary match preferred)
        def pos(tv):
            m = re.search(r"(?<!\w)" + re.escape(tv[1]) + r"(?!\w)", t)
            return m.start() if m else t.find(tv[1])
        labs.sort(key=pos)
        # every BAD placeholder must really fail, and never be labelled
        for m in PH.finditer(text):
            k = m.group(1)
            v = value(k, m.group(2))
            if k == "BADBSN" and bsn_ok(v):
                errors.append(f"{where}: BADBSN passes")
            if k == "BADIBAN_NL" and iban_ok(v):
                errors.append(f"{where}: BADIBAN passes")
            if k == "BADCARD" and luhn_ok(v):
                errors.append(f"{where}: BADCARD passes")
            if k.startswith("BAD") and m.group(0) in labels:
                errors.append(f"{where}: BAD value labelled")
        out.append((lang, t, ";".join(f"{a}={b}" for a, b in labs)))

    cnt = collections.Counter(r[0] for r in out)
    for lang, n in TARGET.items():
        if cnt[lang] != n:
            errors.append(f"count {lang}: {cnt[lang]} != {n}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    random.Random(SEED).shuffle(out)
    header = [
        f"# {NAME}: 300 invented customer messages (chat, contact form, e-mail) to the AI customer-service assistant of Dutch/Belgian organisations, personal data labelled",
        "# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty = no personal data), each value verbatim in text ; line breaks in text written as \\n",
        "# written blind from the brief, without consulting any other file or data set; frozen on delivery - do not edit",
    ]
    with open(os.path.join(HERE, f"{NAME}.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header) + "\n")
        for r in out:
            fh.write("\t".join(r) + "\n")

    # stats
    per_type = collections.Counter()
    per_type_lang = collections.defaultdict(collections.Counter)
    empty = collections.Counter()
    for lang, t, l in out:
        if not l:
            empty[lang] += 1
        else:
            for part in l.split(";"):
                typ = part.split("=", 1)[0]
                per_type[typ] += 1
                per_type_lang[typ][lang] += 1
    langs = list(TARGET)
    lines = ["| lang | messages | without personal data | with personal data |", "|---|---|---|---|"]
    for lg in langs:
        lines.append(f"| {lg} | {cnt[lg]} | {empty[lg]} | {cnt[lg] - empty[lg]} |")
    lines.append(f"| all | {sum(cnt.values())} | {sum(empty.values())} | {sum(cnt.values()) - sum(empty.values())} |")
    lines += ["", "| type | " + " | ".join(langs) + " | total |", "|---|" + "---|" * (len(langs) + 1)]
    for typ in TYPES:
        lines.append(f"| {typ} | " + " | ".join(str(per_type_lang[typ][lg]) for lg in langs) + f" | {per_type[typ]} |")
    lines.append(f"| all labels | " + " | ".join(str(sum(per_type_lang[t][lg] for t in TYPES)) for lg in langs) + f" | {sum(per_type.values())} |")
    stats = "\n".join(lines)
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as fh:
        readme = fh.read().replace("{{STATS}}", stats)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print(stats)


if __name__ == "__main__":
    main()
