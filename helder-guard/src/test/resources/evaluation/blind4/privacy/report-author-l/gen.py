# Seeded generator for valid/invalid BSN, IBAN, card numbers + builder.
import random, re, json, sys, glob

R = random.Random(4242)

def bsn_ok(s):
    d = [int(c) for c in s]
    if len(d) != 9: return False
    t = sum(d[i]*(9-i) for i in range(8)) - d[8]
    return t % 11 == 0

def make_bsn(lead_zero=False):
    while True:
        first = '0' if lead_zero else str(R.randint(1, 6))
        s = first + ''.join(str(R.randint(0, 9)) for _ in range(8))
        if bsn_ok(s): return s

def make_bad_bsn():
    while True:
        s = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
        if not bsn_ok(s): return s

def iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in (bban + cc + '00'))
    return '%02d' % (98 - int(num) % 97)

def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1

def bban(cc):
    if cc == 'NL':
        return R.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB']) + ''.join(str(R.randint(0, 9)) for _ in range(10))
    if cc == 'BE':
        n = ''.join(str(R.randint(0, 9)) for _ in range(10))
        k = int(n) % 97 or 97
        return n + '%02d' % k
    if cc == 'DE':
        return ''.join(str(R.randint(0, 9)) for _ in range(18))
    if cc == 'FR':
        b = '%05d' % R.randint(10000, 30000); g = '%05d' % R.randint(0, 99999); a = '%011d' % R.randint(0, 10**11 - 1)
        key = 97 - ((89*int(b) + 15*int(g) + 3*int(a)) % 97)
        return b + g + a + '%02d' % key
    if cc == 'LU':
        return ''.join(str(R.randint(0, 9)) for _ in range(16))

def make_iban(cc):
    b = bban(cc)
    return cc + iban_check(cc, b) + b

def make_bad_iban(cc):
    i = make_iban(cc)
    while True:
        cd = '%02d' % R.randint(2, 98)
        j = i[:2] + cd + i[4:]
        if not iban_valid(j): return j

def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

def make_card(kind):
    prefix, length = {'visa': ('4', 16), 'mc': (R.choice(['51', '52', '53', '54', '55']), 16), 'amex': (R.choice(['34', '37']), 15), 'maestro': ('6759', 16)}[kind]
    while True:
        s = prefix + ''.join(str(R.randint(0, 9)) for _ in range(length - len(prefix)))
        if luhn_ok(s): return s

def make_bad_card():
    while True:
        s = '4' + ''.join(str(R.randint(0, 9)) for _ in range(15))
        if not luhn_ok(s): return s

POOL = {}
for i in range(1, 31): POOL['BSN%d' % i] = make_bsn()
for i in range(1, 6): POOL['BSNZ%d' % i] = make_bsn(lead_zero=True)
for i in range(1, 11): POOL['XBSN%d' % i] = make_bad_bsn()
for cc, n in [('NL', 30), ('BE', 10), ('DE', 12), ('FR', 10), ('LU', 2)]:
    for i in range(1, n + 1): POOL['IBAN_%s%d' % (cc, i)] = make_iban(cc)
for cc in ['NL', 'BE', 'DE', 'FR']:
    for i in range(1, 4): POOL['XIBAN_%s%d' % (cc, i)] = make_bad_iban(cc)
kinds = ['visa', 'mc', 'visa', 'amex', 'mc', 'maestro']
for i in range(1, 21): POOL['CARD%d' % i] = make_card(kinds[i % len(kinds)])
for i in range(1, 8): POOL['XCARD%d' % i] = make_bad_card()

def fmt(key, f):
    v = POOL[key]
    if f is None or f == 'plain': return v
    if f == 'sp':  # groups of 4 (IBAN/card), BSN 3-3-3
        if key.startswith(('BSN', 'XBSN')): return v[:3] + ' ' + v[3:6] + ' ' + v[6:]
        if len(v) == 15 and v[:2] in ('34', '37'): return v[:4] + ' ' + v[4:10] + ' ' + v[10:]
        return ' '.join(v[i:i+4] for i in range(0, len(v), 4))
    if f == 'dots':  # BSN 1234.56.789
        return v[:4] + '.' + v[4:6] + '.' + v[6:]
    if f == 'dash':
        if key.startswith(('BSN', 'XBSN')): return v[:3] + '-' + v[3:6] + '-' + v[6:]
        return '-'.join(v[i:i+4] for i in range(0, len(v), 4))
    if f == 'nolz':  # drop leading zero
        assert v[0] == '0'; return v[1:]
    if f == 'low': return v.lower()
    if f == 'lowsp': return ' '.join(v.lower()[i:i+4] for i in range(0, len(v), 4))
    if f == 'last4': return v[-4:]
    raise ValueError(f)

PH = re.compile(r'\{([A-Z_]+\d+)(?::(\w+))?\}')

def sub(s):
    return PH.sub(lambda m: fmt(m.group(1), m.group(2)), s)

if __name__ == '__main__':
    json.dump(POOL, open('pool.json', 'w'), indent=1)
    print(len(POOL))
