# independent check of the final TSV
import re, sys
src = open('build.py', encoding='utf-8').read()
exec(src[src.index('def bsn_valid'):src.index('def gen_bsn')])
exec(src[src.index('def iban_valid'):src.index('def gen_iban')])
exec(src[src.index('def luhn_ok'):src.index('def gen_card')])
n = 0
for i, line in enumerate(open('privacy-train-k2.tsv', encoding='utf-8')):
    if line.startswith('#'): continue
    n += 1
    parts = line.rstrip('\n').split('\t'); assert len(parts) == 3, i
    lang, text, lab = parts
    assert lang in ('nl', 'en', 'de', 'fr')
    for item in filter(None, lab.split(';')):
        t, v = item.split('=', 1)
        assert v in text, (i, t, v)
        if t == 'BSN': assert bsn_valid(re.sub(r'\D', '', v)), v
        if t == 'IBAN': assert iban_valid(v), v
        if t == 'CARD': assert luhn_ok(re.sub(r'\D', '', v)), v
    # unlabelled 9-digit numbers that are 11-proof (possible accidental BSN look-alikes)
    for m in re.findall(r'(?<![\d.])\d{9}(?![\d])', text):
        if bsn_valid(m) and ('BSN=' + m) not in lab:
            print('note: unlabelled 11-proof 9-digit number', m, '|', text[:70])
print('rows', n, 'ok')
