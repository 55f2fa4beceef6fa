#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-f27.tsv from sources/{nl,en,de,fr}.txt.

Source format: one message per line; a literal backslash-n marks a line break.
Personal data is marked [[CODE|value]]; generated checksummed numbers are written
as {KIND.options[#tag]} and filled from a seeded generator (same #tag = same value
within one message). Values outside [[...]] are not labelled (organisation data,
examples, values that fail their checksum)."""
import random, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'privacy-report-f27.tsv')
SEED_GEN, SEED_SHUFFLE = 270027, 27
TYPES = {'N': 'PERSON_NAME', 'A': 'ADDRESS', 'PC': 'POSTCODE', 'TEL': 'PHONE', 'MAIL': 'EMAIL',
         'DOB': 'DATE_OF_BIRTH', 'BSN': 'BSN', 'IBAN': 'IBAN', 'CARD': 'CARD', 'ID': 'ID_DOCUMENT',
         'LP': 'LICENCE_PLATE', 'IP': 'IP', 'PW': 'PASSWORD', 'SC': 'SPECIAL_CATEGORY'}
LANGS = {'nl': 150, 'en': 60, 'de': 45, 'fr': 45}
rng = random.Random(SEED_GEN)

# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 9: return False
    t = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
    return t % 11 == 0 and t != 0

def iban_ok(s):
    s = re.sub(r'\s', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{8,30}', s): return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def luhn_ok(s):
    d = re.sub(r'\D', '', s)
    if not 13 <= len(d) <= 19: return False
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0

# ---------- generators ----------
def digits(n): return ''.join(rng.choice('0123456789') for _ in range(n))

def gen_bsn():
    while True:
        d = str(rng.randint(1, 9)) + digits(7)
        r = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
        if r < 10 and bsn_ok(d + str(r)): return d + str(r)

def fmt_bsn(d, f):
    return {'plain': d, 'dots': f'{d[:4]}.{d[4:6]}.{d[6:]}', 'spaced': f'{d[:3]} {d[3:6]} {d[6:]}'}[f]

def iban_check(cc, bban):
    r = bban + cc + '00'
    return '%02d' % (98 - int(''.join(str(int(c, 36)) for c in r)) % 97)

def gen_bban(cc, bank):
    if cc == 'NL': return bank + digits(10)
    if cc == 'BE':
        b = str(rng.randint(1, 9)) + digits(9); k = int(b) % 97 or 97
        return b + '%02d' % k
    if cc == 'DE': return str(rng.randint(1, 8)) + digits(7) + digits(10)
    if cc == 'FR':
        bank_, br, acc = digits(5), digits(5), digits(11)
        key = 97 - (89 * int(bank_) + 15 * int(br) + 3 * int(acc)) % 97
        return bank_ + br + acc + '%02d' % key
    raise ValueError(cc)

def gen_iban(cc, bank):
    b = gen_bban(cc, bank); return cc + iban_check(cc, b) + b

def fmt_iban(s, f):
    return s if f == 'compact' else ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def gen_card(kind):
    pre, n = {'visa': ('4', 16), 'mc': (str(rng.randint(51, 55)), 16), 'amex': (rng.choice(['34', '37']), 15)}[kind]
    body = pre + digits(n - 1 - len(pre))
    for c in '0123456789':
        if luhn_ok(body + c): return body + c

def fmt_card(d, f):
    if f == 'plain': return d
    sep = ' ' if f == 'spaced' else '-'
    if len(d) == 15: return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

def bump(c): return str((int(c) + 1) % 10)

def generate(spec):
    p = spec.split('.')
    k = p[0]
    if k == 'BSN': return fmt_bsn(gen_bsn(), p[1])
    if k == 'BADBSN':
        d = gen_bsn(); d = d[:-1] + bump(d[-1]); assert not bsn_ok(d); return fmt_bsn(d, p[1])
    if k == 'IBAN':
        cc = p[1]; bank = p[2] if cc == 'NL' else ''; f = p[-1]
        s = gen_iban(cc, bank); assert iban_ok(s); return fmt_iban(s, f)
    if k == 'BADIBAN':
        cc = p[1]; s = gen_iban(cc, 'INGB' if cc == 'NL' else '')
        s = s[:-1] + bump(s[-1]); assert not iban_ok(s); return fmt_iban(s, p[-1])
    if k == 'CARD':
        d = gen_card(p[1]); assert luhn_ok(d); return fmt_card(d, p[2])
    if k == 'BADCARD':
        d = gen_card(p[1]); d = d[:-1] + bump(d[-1]); assert not luhn_ok(d); return fmt_card(d, p[2])
    raise ValueError(spec)

PH = re.compile(r'\{([A-Z]+(?:\.[A-Za-z]+)+)(?:#(\w+))?\}')
MK = re.compile(r'\[\[([A-Z]+)\|(.*?)\]\]')

def build_line(raw):
    tags = {}
    def sub(m):
        spec, tag = m.group(1), m.group(2)
        if tag:
            if tag not in tags: tags[tag] = generate(spec)
            return tags[tag]
        return generate(spec)
    s = PH.sub(sub, raw)
    labels, seen = [], set()
    for m in MK.finditer(s):
        t = TYPES[m.group(1)]; v = m.group(2)
        if (t, v) not in seen:
            seen.add((t, v)); labels.append((t, v))
    text = MK.sub(lambda m: m.group(2), s)
    return text, labels

# ---------- build ----------
errors, warnings = [], []
rows = []
for lang in LANGS:
    with open(os.path.join(HERE, 'sources', lang + '.txt'), encoding='utf-8') as fh:
        lines = [l.rstrip('\n') for l in fh if l.strip()]
    if len(lines) != LANGS[lang]: errors.append(f'{lang}: {len(lines)} lines, want {LANGS[lang]}')
    for raw in lines:
        text, labels = build_line(raw)
        rows.append((lang, text, labels))

texts = collections.Counter(r[1] for r in rows)
for t, c in texts.items():
    if c > 1: errors.append('duplicate text: ' + t[:60])
for lang, text, labels in rows:
    if '\t' in text or '\n' in text or '\r' in text: errors.append('tab/newline in text: ' + text[:60])
    if '{' in text or '[[' in text or ']]' in text: errors.append('unresolved markup: ' + text[:60])
    for t, v in labels:
        if ';' in v or '=' in v or '\t' in v: errors.append(f'bad char in value {t}={v}')
        if v != v.strip() or not v: errors.append(f'whitespace/empty value {t}={v!r}')
        if v not in text: errors.append(f'value not in text {t}={v}')
        if t == 'BSN' and not bsn_ok(v): errors.append('BSN fails 11-test: ' + v)
        if t == 'IBAN' and not iban_ok(v): errors.append('IBAN fails mod-97: ' + v)
        if t == 'CARD' and not luhn_ok(v): errors.append('card fails Luhn: ' + v)
    # unlabelled checksum-valid look-alikes: report for manual review
    lab = ' '.join(v for _, v in labels)
    for m in re.finditer(r'(?<![\w.])\d[\d .-]{7,12}\d(?![\w])', text):
        c = m.group(0)
        if len(re.sub(r'\D', '', c)) == 9 and bsn_ok(c) and c not in lab:
            warnings.append(f'unlabelled 11-test-valid number {c!r} in: {text[:70]}')
    for m in re.finditer(r'(?<!\w)\d[\d -]{11,22}\d(?!\w)', text):
        c = m.group(0)
        if luhn_ok(c) and c not in lab:
            warnings.append(f'unlabelled Luhn-valid number {c!r} in: {text[:70]}')
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b', text):
        c = m.group(0)
        if iban_ok(c) and c not in lab:
            warnings.append(f'unlabelled valid IBAN {c!r} in: {text[:70]}')

rng_sh = random.Random(SEED_SHUFFLE)
rng_sh.shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('# privacy-report-f27: 300 invented customer messages (chat, contact form, e-mail) to the AI customer-service assistant of Dutch and Belgian organisations, every piece of personal data labelled with type and exact text\n')
    fh.write('# format: lang<TAB>text<TAB>labels; lang in nl/en/de/fr; labels = TYPE=value;TYPE=value (each distinct value once, verbatim; empty = no personal data); a line break in a message is written as \\n\n')
    fh.write('# written blind from the brief (no other file, data set or code consulted); checksummed numbers generated with a seeded script; frozen on delivery, not to be edited\n')
    for lang, text, labels in rows:
        fh.write(f'{lang}\t{text}\t' + ';'.join(f'{t}={v}' for t, v in labels) + '\n')

# ---------- report ----------
per_lang = collections.Counter(r[0] for r in rows)
empty = collections.Counter(r[0] for r in rows if not r[2])
per_type = collections.Counter(t for r in rows for t, _ in r[2])
msgs_type = collections.Counter(t for r in rows for t in {x for x, _ in r[2]})
print('messages per language:', dict(per_lang), 'total', len(rows))
print('without personal data:', dict(empty), 'total', sum(empty.values()))
print('labels per type:')
for t in TYPES.values(): print(f'  {t:17s} {per_type[t]:4d} labels in {msgs_type[t]:3d} messages')
print('total labels', sum(per_type.values()))
for w in warnings: print('WARNING', w)
for e in errors: print('ERROR', e)
sys.exit(1 if errors else 0)
