import glob, random, re, collections, sys
from gen import sub, POOL
TYPES = {'BSN','IBAN','CARD','EMAIL','PHONE','POSTCODE','ADDRESS','DATE_OF_BIRTH','ID_DOCUMENT','LICENCE_PLATE','IP','PASSWORD','PERSON_NAME','SPECIAL_CATEGORY'}
rows = []; errors = 0
for fn in sorted(glob.glob('items_*.txt')):
    lang = fn.split('_')[1]
    for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'): continue
        if '|||' not in line:
            print('NOSEP', fn, ln, line[:60]); errors += 1; continue
        text, labels = line.split('|||')
        text = sub(text.strip()); labels = sub(labels.strip())
        if '\t' in text: print('TAB', fn, ln); errors += 1
        parts = [p for p in labels.split(';') if p] if labels else []
        seen = set()
        for p in parts:
            if '=' not in p: print('BADLABEL', fn, ln, p); errors += 1; continue
            t, v = p.split('=', 1)
            if t not in TYPES: print('BADTYPE', fn, ln, t); errors += 1
            if v not in text: print('MISSING', fn, ln, repr(v)); errors += 1
            if (t, v) in seen: print('DUPLABEL', fn, ln, p); errors += 1
            seen.add((t, v))
        rows.append((lang, text, ';'.join(parts)))
texts = collections.Counter(r[1] for r in rows)
for t, c in texts.items():
    if c > 1: print('DUPTEXT', t[:80]); errors += 1
# leftover placeholders
for r in rows:
    if re.search(r'\{[A-Z_]+\d+', r[1]): print('PLACEHOLDER', r[1][:80]); errors += 1
cnt = collections.Counter((r[0], bool(r[2])) for r in rows)
tc = collections.Counter()
for r in rows:
    for p in r[2].split(';') if r[2] else []:
        tc[(r[0], p.split('=')[0])] += 1
langs = ['nl', 'en', 'de', 'fr']
print('total', len(rows), 'errors', errors)
for l in langs: print(l, 'pii', cnt[(l, True)], 'none', cnt[(l, False)], 'total', cnt[(l, True)] + cnt[(l, False)])
print('type', *langs, 'total', sep='\t')
for t in sorted(TYPES):
    print(t, *[tc[(l, t)] for l in langs], sum(tc[(l, t)] for l in langs), sep='\t')
if '--write' in sys.argv and errors == 0:
    random.Random(20261130).shuffle(rows)
    with open('privacy-report-l.tsv', 'w', encoding='utf-8') as f:
        f.write('# Customer-service messages with personal data labelled (blind-authored, synthetic)\n')
        f.write('# Columns: lang, text (line breaks as \\n), labels (TYPE=value;TYPE=value, empty = no personal data)\n')
        f.write('# Types: BSN IBAN CARD EMAIL PHONE POSTCODE ADDRESS DATE_OF_BIRTH ID_DOCUMENT LICENCE_PLATE IP PASSWORD PERSON_NAME SPECIAL_CATEGORY\n')
        for r in rows: f.write('\t'.join(r) + '\n')
    print('written')
