# Build privacy-train-k2.tsv from hand-written source files src_<lang>.txt
# Markup in sources: {{TYPE|value}} -> labelled span; {{GEN:KIND}} -> generated number (seeded)
import random, re, sys, glob, os
R = random.Random(20261201)
D = os.path.dirname(os.path.abspath(__file__))

def bsn_valid(s):
    s = s.zfill(9)
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s != '000000000'

def gen_bsn(lead_zero=False):
    while True:
        d = [0 if lead_zero else R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        t = sum(d[i] * (9 - i) for i in range(8)) % 11
        if t == 10: continue
        s = ''.join(map(str, d)) + str(t)
        if bsn_valid(s): return s

def bad_bsn():
    while True:
        s = str(R.randint(100000000, 999999999))
        if not bsn_valid(s): return s

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in (bban + cc + '00'))
    return '%02d' % (98 - int(num) % 97)

def iban_valid(i):
    i = i.replace(' ', '').upper()
    r = i[4:] + i[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def gen_iban(cc):
    if cc == 'NL':
        bban = R.choice(['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB']) + ''.join(str(R.randint(0, 9)) for _ in range(10))
    elif cc == 'BE':
        f = ''.join(str(R.randint(0, 9)) for _ in range(10)); k = int(f) % 97 or 97
        bban = f + '%02d' % k
    elif cc == 'DE':
        bban = ''.join(str(R.randint(0, 9)) for _ in range(18))
    elif cc == 'FR':
        b = ''.join(str(R.randint(0, 9)) for _ in range(5)); g = ''.join(str(R.randint(0, 9)) for _ in range(5))
        a = ''.join(str(R.randint(0, 9)) for _ in range(11))
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        bban = b + g + a + '%02d' % key
    elif cc == 'LU':
        bban = ''.join(str(R.randint(0, 9)) for _ in range(3)) + ''.join(str(R.randint(0, 9)) for _ in range(13))
    iban = cc + iban_check(cc, bban) + bban
    assert iban_valid(iban)
    return iban

def spaced(s, n=4):
    return ' '.join(s[i:i + n] for i in range(0, len(s), n))

def luhn_ok(n):
    n = n.replace(' ', '').replace('-', '')
    t = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2: d *= 2; d = d - 9 if d > 9 else d
        t += d
    return t % 10 == 0

def gen_card(kind):
    if kind == 'amex': pre, L = R.choice(['34', '37']), 15
    elif kind == 'mc': pre, L = str(R.randint(51, 55)), 16
    else: pre, L = '4', 16
    body = pre + ''.join(str(R.randint(0, 9)) for _ in range(L - len(pre) - 1))
    for c in '0123456789':
        if luhn_ok(body + c): return body + c

def bad_card():
    while True:
        n = '4' + ''.join(str(R.randint(0, 9)) for _ in range(15))
        if not luhn_ok(n): return n

def gen(kind):
    """returns (text, label_type or None)"""
    k = kind
    if k == 'BSN': return gen_bsn(), 'BSN'
    if k == 'BSNDOT': s = gen_bsn(); return s[:4] + '.' + s[4:6] + '.' + s[6:], 'BSN'
    if k == 'BSNSP': s = gen_bsn(); return s[:3] + ' ' + s[3:6] + ' ' + s[6:], 'BSN'
    if k == 'BSN8': s = gen_bsn(True); return s[1:], 'BSN'
    if k == 'BADBSN': return bad_bsn(), None
    if k.startswith('IBANSP_'): return spaced(gen_iban(k[7:])), 'IBAN'
    if k.startswith('IBANLOW_'): return gen_iban(k[8:]).lower(), 'IBAN'
    if k.startswith('IBAN_'): return gen_iban(k[5:]), 'IBAN'
    if k == 'BADIBAN':
        i = gen_iban('NL'); j = i[:-1] + str((int(i[-1]) + 3) % 10)
        assert not iban_valid(j); return j, None
    if k == 'CARD': return gen_card('visa'), 'CARD'
    if k == 'CARDSP': return spaced(gen_card(R.choice(['visa', 'mc']))), 'CARD'
    if k == 'CARDMC': return gen_card('mc'), 'CARD'
    if k == 'CARDDASH': return '-'.join(spaced(gen_card('mc')).split()), 'CARD'
    if k == 'AMEX': c = gen_card('amex'); return c[:4] + ' ' + c[4:10] + ' ' + c[10:], 'CARD'
    if k == 'BADCARD': return spaced(bad_card()), None
    raise ValueError(k)

TOK = re.compile(r'\{\{(GEN:)?([A-Z0-9_]+)(?:\|(.*?))?\}\}')

def render(src):
    labels = []; spans = []; delta = [0]
    def sub(m):
        if m.group(1):
            txt, typ = gen(m.group(2))
        else:
            typ, txt = m.group(2), m.group(3)
        start = m.start() + delta[0]
        delta[0] += len(txt) - len(m.group(0))
        if typ and (typ, txt) not in labels:
            labels.append((typ, txt)); spans.append((typ, txt, start))
        return txt
    text = TOK.sub(sub, src)
    assert '{{' not in text and '}}' not in text, src
    for typ, txt, start in spans:
        assert text[start:start + len(txt)] == txt
        if text.find(txt) != start:
            print('WARN first occurrence differs:', typ, repr(txt), '|', text[:80])
    return text, labels

rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    p = os.path.join(D, 'src_%s.txt' % lang)
    if not os.path.exists(p): continue
    for line in open(p, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'): continue
        text, labels = render(line)
        assert '\t' not in text
        for t, v in labels:
            assert v in text, (t, v, text)
            assert ';' not in v and '=' not in v, v
        rows.append((lang, text, ';'.join('%s=%s' % tv for tv in labels)))

R2 = random.Random(7)
R2.shuffle(rows)
with open(os.path.join(D, 'privacy-train-k2.tsv'), 'w', encoding='utf-8') as f:
    f.write('# privacy-train-k2: customer-service messages with personal data labelled (blind author, writer7)\n')
    f.write('# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value ; line breaks in text written as \\n\n')
    f.write('# types: BSN IBAN CARD EMAIL PHONE POSTCODE ADDRESS DATE_OF_BIRTH ID_DOCUMENT LICENCE_PLATE IP PASSWORD PERSON_NAME SPECIAL_CATEGORY\n')
    for r in rows: f.write('\t'.join(r) + '\n')

from collections import Counter
c = Counter(); e = Counter(); tc = Counter()
for lang, text, lab in rows:
    c[lang] += 1
    if not lab: e[lang] += 1
    for x in lab.split(';') if lab else []: tc[x.split('=')[0]] += 1
texts = [r[1] for r in rows]
print('total', len(rows), dict(c), 'empty', dict(e))
print('dup texts', len(texts) - len(set(texts)))
print(dict(tc))
