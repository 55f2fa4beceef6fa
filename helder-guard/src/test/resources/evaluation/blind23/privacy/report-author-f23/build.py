#!/usr/bin/env python3
"""Build privacy-report-f23.tsv from the hand-written source lists in sources/.

Source format (sources/<lang>.txt): messages separated by a line '%%'.
Text lines come first (real line breaks are allowed and become the two characters \\n),
then one line starting with '@' holding the labels: TYPE=value;TYPE=value (empty after '@' = no personal data).
Lines starting with '#!' are comments.

Placeholders for checksummed numbers (generated with random.Random(230), cached per key so the same key
gives the same number in text and labels):
  {BSN:k[:fmt]}          valid BSN (11-test)          fmt: none=plain, s='123 456 789', d='1234.56.789'
  {BADBSN:k[:fmt]}       9 digits that FAIL the 11-test
  {IBAN:CC:k[:fmt]}      valid IBAN for NL/BE/DE/FR    fmt: none=compact, s=groups of 4
  {BADIBAN:CC:k[:fmt]}   IBAN-shaped, wrong check digits
  {CARD:T:k[:fmt]}       Luhn-valid card, T = V(isa) M(astercard) A(mex)   fmt: none, s=spaces, d=dashes
  {BADCARD:T:k[:fmt]}    card-shaped, fails Luhn
The script checks every line, builds, shuffles (seed 230) and writes the TSV.
"""
import random, re, sys, os, collections

SEED = 230
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'privacy-report-f23.tsv')
LANGS = [('nl', 150), ('en', 60), ('de', 45), ('fr', 45)]
TYPES = ['PERSON_NAME', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'BSN', 'IBAN', 'CARD',
         'ID_DOCUMENT', 'LICENCE_PLATE', 'IP', 'PASSWORD', 'SPECIAL_CATEGORY']

rng = random.Random(SEED)

# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r'[ .\-]', '', s)
    if not re.fullmatch(r'\d{9}', d):
        return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    c = re.sub(r'[ \-.]', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', c):
        return False
    r = c[4:] + c[:4]
    n = ''.join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1

def luhn_ok(s):
    d = re.sub(r'[ \-]', '', s)
    if not re.fullmatch(r'\d{12,19}', d):
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0

# ---------- generators ----------
def gen_bsn():
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        t = sum(d[i] * (9 - i) for i in range(8)) % 11
        if t <= 9:
            s = ''.join(map(str, d)) + str(t)
            assert bsn_ok(s)
            return s

def gen_bad_bsn():
    s = gen_bsn()
    last = (int(s[8]) + rng.randint(1, 9)) % 10
    b = s[:8] + str(last)
    assert not bsn_ok(b)
    return b

def iban_check(cc, bban):
    n = ''.join(str(int(ch, 36)) for ch in (bban + cc + '00'))
    return '%02d' % (98 - int(n) % 97)

def gen_bban(cc):
    if cc == 'NL':
        bank = rng.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ', 'RBRB'])
        return bank + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    if cc == 'BE':
        first = '%03d' % rng.choice([1, 63, 68, 73, 96, 143, 363, 523, 735, 751, 979])
        mid = first + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        k = int(mid) % 97 or 97
        return mid + '%02d' % k
    if cc == 'DE':
        blz = rng.choice(['37040044', '50010517', '10070024', '76026000', '30050110', '43060967'])
        return blz + ''.join(str(rng.randint(0, 9)) for _ in range(10))
    if cc == 'FR':
        bank = rng.choice(['30004', '20041', '10278', '30003', '16606'])
        branch = '%05d' % rng.randint(100, 99999)
        acct = ''.join(str(rng.randint(0, 9)) for _ in range(11))
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + '%02d' % key
    raise ValueError(cc)

def gen_iban(cc):
    b = gen_bban(cc)
    s = cc + iban_check(cc, b) + b
    assert iban_ok(s)
    return s

def gen_bad_iban(cc):
    s = gen_iban(cc)
    while True:
        cd = '%02d' % rng.randint(2, 98)
        b = s[:2] + cd + s[4:]
        if not iban_ok(b):
            return b

def luhn_complete(body):
    for x in range(10):
        if luhn_ok(body + str(x)):
            return body + str(x)

def gen_card(t):
    if t == 'V':
        body = '4' + ''.join(str(rng.randint(0, 9)) for _ in range(14))
    elif t == 'M':
        body = '5' + str(rng.randint(1, 5)) + ''.join(str(rng.randint(0, 9)) for _ in range(13))
    elif t == 'A':
        body = rng.choice(['34', '37']) + ''.join(str(rng.randint(0, 9)) for _ in range(12))
    else:
        raise ValueError(t)
    return luhn_complete(body)

def gen_bad_card(t):
    s = gen_card(t)
    b = s[:-1] + str((int(s[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(b)
    return b

def fmt_groups(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

def fmt(kind, raw, f):
    if not f:
        return raw
    if kind in ('BSN', 'BADBSN'):
        if f == 's': return fmt_groups(raw, [3, 3, 3], ' ')
        if f == 'd': return fmt_groups(raw, [4, 2, 3], '.')
    if kind in ('IBAN', 'BADIBAN'):
        if f == 's': return fmt_groups(raw, [4] * 9, ' ')
        if f == 'l': return fmt_groups(raw.lower(), [4] * 9, ' ')
    if kind in ('CARD', 'BADCARD'):
        sizes = [4, 6, 5] if len(raw) == 15 else [4, 4, 4, 4]
        if f == 's': return fmt_groups(raw, sizes, ' ')
        if f == 'd': return fmt_groups(raw, sizes, '-')
    raise ValueError((kind, f))

cache = {}
def resolve(m):
    parts = m.group(1).split(':')
    kind = parts[0]
    if kind in ('BSN', 'BADBSN'):
        key, f = (kind, parts[1]), (parts[2] if len(parts) > 2 else '')
        if key not in cache:
            cache[key] = gen_bsn() if kind == 'BSN' else gen_bad_bsn()
    elif kind in ('IBAN', 'BADIBAN'):
        key, f = (kind, parts[1], parts[2]), (parts[3] if len(parts) > 3 else '')
        if key not in cache:
            cache[key] = gen_iban(parts[1]) if kind == 'IBAN' else gen_bad_iban(parts[1])
    elif kind in ('CARD', 'BADCARD'):
        key, f = (kind, parts[1], parts[2]), (parts[3] if len(parts) > 3 else '')
        if key not in cache:
            cache[key] = gen_card(parts[1]) if kind == 'CARD' else gen_bad_card(parts[1])
    else:
        raise ValueError(m.group(0))
    return fmt(kind, cache[key], f)

PH = re.compile(r'\{((?:BAD)?(?:BSN|IBAN|CARD):[^{}]+)\}')

# ---------- read sources ----------
def read_source(lang):
    path = os.path.join(HERE, 'sources', lang + '.txt')
    blocks, cur = [], []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.rstrip('\n')
            if line.startswith('#!'):
                continue
            if line.strip() == '%%':
                if any(l.strip() for l in cur):
                    blocks.append(cur)
                cur = []
            else:
                cur.append(line)
    if any(l.strip() for l in cur):
        blocks.append(cur)
    msgs = []
    for b in blocks:
        while b and not b[0].strip():
            b = b[1:]
        lab_idx = [i for i, l in enumerate(b) if l.startswith('@')]
        if len(lab_idx) != 1 or lab_idx[0] != len(b) - 1:
            sys.exit('bad block (label line) in %s: %r' % (lang, b[:2]))
        text_lines = b[:-1]
        while text_lines and not text_lines[-1].strip():
            text_lines.pop()
        text = '\n'.join(text_lines)
        labels = b[-1][1:].strip()
        msgs.append((lang, text, labels))
    return msgs

errors, warnings = [], []
rows = []
for lang, _ in LANGS:
    for (lg, text, labels) in read_source(lang):
        text = PH.sub(resolve, text)
        labels = PH.sub(resolve, labels)
        if '\t' in text or '\\n' in text:
            errors.append('tab or literal \\n in text: ' + text[:60])
        pairs = []
        if labels:
            for item in labels.split(';'):
                if '=' not in item:
                    errors.append('bad label %r in %r' % (item, text[:60])); continue
                t, v = item.split('=', 1)
                t = t.strip()
                if t not in TYPES:
                    errors.append('unknown type %r' % t)
                if v != v.strip() or not v:
                    errors.append('value with outer spaces/empty %r in %r' % (v, text[:60]))
                pairs.append((t, v))
        spans = []
        seen = set()
        for t, v in pairs:
            if (t, v) in seen:
                errors.append('duplicate label %s=%s' % (t, v))
            seen.add((t, v))
            pos = text.find(v)
            if pos < 0:
                errors.append('value not in text: %s=%r | %s' % (t, v, text[:80])); continue
            spans.append((pos, pos + len(v), t, v))
            if t == 'BSN' and not bsn_ok(v): errors.append('BSN fails 11-test: ' + v)
            if t == 'IBAN' and not iban_ok(v): errors.append('IBAN fails mod-97: ' + v)
            if t == 'CARD' and not luhn_ok(v): errors.append('card fails Luhn: ' + v)
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append('overlapping spans %r %r in %r' % (a[3], b[3], text[:60]))
        # warnings: unlabelled numbers that would pass a checksum
        masked = text
        for s0, s1, _, _ in spans:
            masked = masked[:s0] + '#' * (s1 - s0) + masked[s1:]
        for m in re.finditer(r'(?<![\dA-Za-z])\d(?:[ .]?\d){8}(?![\d])', masked):
            if bsn_ok(m.group(0)):
                warnings.append('unlabelled 11-test pass: %r in %r' % (m.group(0), text[:60]))
        for m in re.finditer(r'(?<!\d)\d(?:[ \-]?\d){11,18}(?!\d)', masked):
            if luhn_ok(m.group(0)):
                warnings.append('unlabelled Luhn pass: %r in %r' % (m.group(0), text[:60]))
        for m in re.finditer(r'\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?', masked):
            if iban_ok(m.group(0)):
                warnings.append('unlabelled valid IBAN (must be the organisation\'s): %r in %r' % (m.group(0), text[:60]))
        spans_sorted = sorted(spans)
        lab = ';'.join('%s=%s' % (t, v) for _, _, t, v in spans_sorted)
        rows.append((lang, text.replace('\n', '\\n'), lab))

# counts and duplicates
texts = collections.Counter(r[1] for r in rows)
for t, n in texts.items():
    if n > 1:
        errors.append('duplicate text: ' + t[:60])
per_lang = collections.Counter(r[0] for r in rows)
for lang, n in LANGS:
    if per_lang[lang] != n:
        errors.append('%s: %d messages, want %d' % (lang, per_lang[lang], n))

print('per language:', dict(per_lang))
empty = collections.Counter(r[0] for r in rows if not r[2])
print('without personal data:', dict(empty), 'total', sum(empty.values()))
tc = collections.Counter()
for r in rows:
    if r[2]:
        for item in r[2].split(';'):
            tc[item.split('=', 1)[0]] += 1
print('labels per type:', dict(sorted(tc.items())), 'total', sum(tc.values()))
for w in warnings:
    print('WARNING', w)
for e in errors:
    print('ERROR', e)
if errors and '--force' not in sys.argv:
    sys.exit(1)

random.Random(SEED).shuffle(rows)
with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('# privacy-report-f23: invented customer messages to Dutch/Belgian organisations, every piece of personal data labelled with type and exact text (300 messages: 150 nl, 60 en, 45 de, 45 fr)\n')
    fh.write('# format: lang<TAB>text<TAB>labels; labels = TYPE=value;TYPE=value in order of first occurrence (empty = no personal data); a line break inside a message is written as \\n\n')
    fh.write('# written blind from the brief only (no other files, data sets or code consulted); checksummed numbers generated with seed 230; shuffled with seed 230; frozen on delivery, not to be edited\n')
    for r in rows:
        fh.write('\t'.join(r) + '\n')
print('wrote', OUT, len(rows), 'rows')
