# verify checksum validity of labelled BSN/IBAN/CARD and that invalid look-alikes are unlabelled
import re, glob
from gen import bsn_ok, iban_valid, luhn_ok, sub, POOL
bad = 0
for fn in sorted(glob.glob('items_*.txt')):
    for line in open(fn, encoding='utf-8'):
        if '|||' not in line: continue
        t, l = line.rstrip('\n').split('|||'); t = sub(t.strip()); l = sub(l.strip())
        for p in [x for x in l.split(';') if x]:
            ty, v = p.split('=', 1); d = re.sub(r'[\s.\-]', '', v).upper()
            if ty == 'BSN' and not bsn_ok(d.zfill(9)): print('BADBSN', v); bad += 1
            if ty == 'IBAN' and not iban_valid(d): print('BADIBAN', v); bad += 1
            if ty == 'CARD' and not luhn_ok(d): print('BADCARD', v); bad += 1
        for k, v in POOL.items():
            if v in re.sub(r'[\s.\-]', '', t).upper() and v not in re.sub(r'[\s.\-]', '', l).upper():
                print('UNLABELLED', k, fn, t[:70])
print('bad', bad)
