#!/usr/bin/env python3
"""Build, check and shuffle privacy-report-f15.tsv from the hand-written sources in src/.

Source format (src/*.txt): a message starts with a line '@@ <lang>'; following lines are its text
(real line breaks become the two characters \\n). Personal data is marked inline as [[TYPE|value]];
only marked values become labels (first occurrence of each distinct value). Checksummed numbers are
written as placeholders {KIND:key} or {KIND:key:fmt}, filled by a seeded generator:
  BSN, BSNX (fails 11-test), NLIBAN, BEIBAN, DEIBAN, FRIBAN, IBANX (fails mod-97),
  VISA, MC, AMEX, CARDX (fails Luhn).
Formats: plain (default), sp, dots, sp2, dash, lower, lsp.
"""
import random, re, sys, glob, os, collections

SEED = 15
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'privacy-report-f15.tsv')
TYPES = ['PERSON_NAME', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'BSN', 'IBAN', 'CARD',
         'ID_DOCUMENT', 'LICENCE_PLATE', 'IP', 'PASSWORD', 'SPECIAL_CATEGORY']

# ---------- checksums ----------
def bsn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = re.sub(r'\s', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def luhn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) < 13: return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

# ---------- generators ----------
def gen_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            return ''.join(map(str, d)) + str(s)

def iban_check(cc, bban):
    n = ''.join(str(int(c, 36)) for c in (bban + cc + '00'))
    return '%02d' % (98 - int(n) % 97)

def gen_nliban(r):
    bank = r.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ', 'RBRB'])
    acct = ''.join(str(r.randint(0, 9)) for _ in range(10))
    if bank != 'INGB': acct = str(r.randint(1, 9)) + acct[1:]
    return 'NL' + iban_check('NL', bank + acct) + bank + acct

def gen_beiban(r):
    base = r.randint(10**9, 10**10 - 1)
    k = base % 97 or 97
    bban = '%010d%02d' % (base, k)
    return 'BE' + iban_check('BE', bban) + bban

def gen_deiban(r):
    blz = str(r.randint(1, 8)) + ''.join(str(r.randint(0, 9)) for _ in range(7))
    kto = ''.join(str(r.randint(0, 9)) for _ in range(10))
    return 'DE' + iban_check('DE', blz + kto) + blz + kto

def gen_friban(r):
    bank = '%05d' % r.choice([30004, 30002, 20041, 10278, 30003, 16606, 11315])
    branch = '%05d' % r.randint(100, 99999)
    acct = '%011d' % r.randint(10**9, 10**11 - 1)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    bban = bank + branch + acct + '%02d' % key
    return 'FR' + iban_check('FR', bban) + bban

def luhn_complete(prefix, length, r):
    d = prefix + ''.join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in '0123456789':
        if luhn_ok(d + c): return d + c

def gen(kind, key):
    r = random.Random('%s:%s:%d' % (kind, key, SEED))
    if kind == 'BSN': return gen_bsn(r)
    if kind == 'BSNX':
        b = gen_bsn(r)
        for c in '0123456789':
            if c != b[-1] and not bsn_ok(b[:-1] + c): return b[:-1] + c
    if kind == 'NLIBAN': return gen_nliban(r)
    if kind == 'BEIBAN': return gen_beiban(r)
    if kind == 'DEIBAN': return gen_deiban(r)
    if kind == 'FRIBAN': return gen_friban(r)
    if kind == 'IBANX':
        i = gen_nliban(r)
        j = i[:2] + '%02d' % ((int(i[2:4]) + 7) % 97 or 11) + i[4:]
        assert not iban_ok(j); return j
    if kind == 'VISA': return luhn_complete('4' + str(r.randint(0, 9)), 16, r)
    if kind == 'MC': return luhn_complete('5' + str(r.randint(1, 5)), 16, r)
    if kind == 'AMEX': return luhn_complete(r.choice(['34', '37']), 15, r)
    if kind == 'CARDX':
        c = luhn_complete('4' + str(r.randint(0, 9)), 16, r)
        return c[:-1] + str((int(c[-1]) + 3) % 10)
    raise ValueError(kind)

def fmt(kind, v, f):
    if f in ('', 'plain'): return v
    if kind.startswith('BSN'):
        return {'sp': v[:3] + ' ' + v[3:6] + ' ' + v[6:], 'dots': v[:4] + '.' + v[4:6] + '.' + v[6:],
                'sp2': v[:4] + ' ' + v[4:6] + ' ' + v[6:], 'dash': v[:3] + '-' + v[3:6] + '-' + v[6:]}[f]
    if 'IBAN' in kind:
        g = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        return {'sp': g, 'lower': v.lower(), 'lsp': g.lower(), 'dash': g.replace(' ', '-')}[f]
    if kind == 'AMEX':
        return {'sp': v[:4] + ' ' + v[4:10] + ' ' + v[10:], 'dash': v[:4] + '-' + v[4:10] + '-' + v[10:]}[f]
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    return {'sp': ' '.join(g), 'dash': '-'.join(g), 'dots': '.'.join(g)}[f]

PH = re.compile(r'\{(BSNX?|NLIBAN|BEIBAN|DEIBAN|FRIBAN|IBANX|VISA|MC|AMEX|CARDX):([A-Za-z0-9_]+)(?::([a-z0-9]+))?\}')
MK = re.compile(r'\[\[([A-Z_]+)\|(.*?)\]\]', re.S)

def expand(text):
    return PH.sub(lambda m: fmt(m.group(1), gen(m.group(1), m.group(2)), m.group(3) or ''), text)

def parse_sources():
    msgs = []
    for fn in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        cur = None
        for ln, line in enumerate(open(fn, encoding='utf-8').read().split('\n'), 1):
            if line.startswith('@@ '):
                if cur: msgs.append(cur)
                cur = {'lang': line[3:].strip(), 'lines': [], 'src': '%s:%d' % (os.path.basename(fn), ln)}
            elif cur is not None:
                cur['lines'].append(line)
            elif line.strip() and not line.startswith('#'):
                sys.exit('text outside message in %s:%d' % (fn, ln))
        if cur: msgs.append(cur)
    return msgs

def main():
    errors = []
    rows = []
    for m in parse_sources():
        raw = '\n'.join(m['lines']).strip('\n')
        raw = expand(raw)
        labels, seen = [], set()
        for t, v in MK.findall(raw):
            if t not in TYPES: errors.append('%s: unknown type %s' % (m['src'], t))
            if (t, v) in seen: continue
            seen.add((t, v)); labels.append((t, v))
        text = MK.sub(lambda mm: mm.group(2), raw)
        if '[[' in text or ']]' in text or '{' in text and PH.search(text):
            errors.append('%s: leftover markup' % m['src'])
        if '\t' in text: errors.append('%s: tab in text' % m['src'])
        for t, v in labels:
            if ';' in v or '\t' in v or '\n' in v: errors.append('%s: bad char in value %r' % (m['src'], v))
            if v != v.strip() or not v: errors.append('%s: untrimmed value %r' % (m['src'], v))
            if v not in text: errors.append('%s: value not in text %r' % (m['src'], v))
            if t == 'BSN' and not bsn_ok(v): errors.append('%s: BSN fails %r' % (m['src'], v))
            if t == 'IBAN' and not iban_ok(v): errors.append('%s: IBAN fails %r' % (m['src'], v))
            if t == 'CARD' and not luhn_ok(v): errors.append('%s: card fails %r' % (m['src'], v))
        labvals = {v for _, v in labels}
        # warn about unlabelled strings that pass a checksum
        for mm in re.finditer(r'(?<![\w])(\d[\d .]{7,12}\d)(?![\w])', text):
            s = mm.group(1); d = re.sub(r'\D', '', s)
            if len(d) == 9 and bsn_ok(d) and not any(s in lv or lv in s for lv in labvals):
                print('WARN unlabelled 11-proof number', m['src'], s)
        for mm in re.finditer(r'(?<![\w])(\d[\d -]{11,22}\d)(?![\w])', text):
            s = mm.group(1); d = re.sub(r'\D', '', s)
            if 13 <= len(d) <= 19 and luhn_ok(d) and not any(s in lv or lv in s for lv in labvals):
                print('WARN unlabelled Luhn number', m['src'], s)
        for mm in re.finditer(r'\b([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?)\b', text):
            s = mm.group(1)
            if iban_ok(s) and not any(s in lv or lv in s for lv in labvals):
                print('NOTE unlabelled valid IBAN (should be organisation):', m['src'], s)
        rows.append((m['lang'], text.replace('\r', '').replace('\n', '\\n'), ';'.join('%s=%s' % x for x in labels), m['src']))
    texts = collections.Counter(r[1] for r in rows)
    for t, c in texts.items():
        if c > 1: errors.append('duplicate text: %s' % t[:80])
    langs = collections.Counter(r[0] for r in rows)
    want = {'nl': 150, 'en': 60, 'de': 45, 'fr': 45}
    if dict(langs) != want: errors.append('language counts %s != %s' % (dict(langs), want))
    if errors:
        print('\n'.join(errors)); print('ERRORS:', len(errors))
        if '--force' not in sys.argv: sys.exit(1)
    rnd = random.Random(SEED)
    order = list(rows); rnd.shuffle(order)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# privacy-report-f15: invented customer messages to Dutch/Belgian organisations, personal data labelled by type and verbatim value\n')
        f.write('# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty = no personal data); \\n in text = line break\n')
        f.write('# written blind from the brief (no other sources consulted), built by build.py with seed 15; frozen on delivery, not to be edited\n')
        for lang, text, lab, _ in order:
            f.write('%s\t%s\t%s\n' % (lang, text, lab))
    # stats
    empty = collections.Counter(r[0] for r in rows if not r[2])
    types = collections.Counter(); tmsg = collections.Counter()
    for r in rows:
        ts = [x.split('=', 1)[0] for x in r[2].split(';')] if r[2] else []
        types.update(ts); tmsg.update(set(ts))
    print('messages', len(rows), dict(langs))
    print('without personal data', sum(empty.values()), dict(empty))
    print('labels', sum(types.values()))
    for t in TYPES: print('  %-17s %4d labels in %3d messages' % (t, types[t], tmsg[t]))

if __name__ == '__main__':
    main()
