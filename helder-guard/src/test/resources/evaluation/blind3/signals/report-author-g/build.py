#!/usr/bin/env python3
"""Assemble signals-report-g.tsv from the per-language source files (nl/en/de/fr.txt).
Source line format: CODES | text   with CODES in {-, H, C, R, F} comma-separated."""
import random, collections
ORDER = ['HUMAN_REQUEST', 'COMPLAINT', 'HIGH_RISK_TOPIC', 'FRUSTRATION']
CODE = {'H': 'HUMAN_REQUEST', 'C': 'COMPLAINT', 'R': 'HIGH_RISK_TOPIC', 'F': 'FRUSTRATION'}
rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    for line in open(f'{lang}.txt', encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        codes, text = line.split(' | ', 1)
        codes = codes.strip()
        text = text.strip()
        assert '\t' not in text and '\n' not in text and '\r' not in text
        if codes == '-':
            labels = '-'
        else:
            names = {CODE[c] for c in codes.split(',')}
            labels = ','.join(n for n in ORDER if n in names)
        rows.append((lang, labels, text))
texts = [r[2] for r in rows]
dups = [t for t, n in collections.Counter(t.lower() for t in texts).items() if n > 1]
assert not dups, dups
random.Random(20261130).shuffle(rows)
with open('signals-report-g.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# signals-report-g: customer chat messages to an AI customer-service assistant of Dutch organisations, labelled with conversation signals\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; lang in nl/en/de/fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or -\n')
    f.write('# written blind from label definitions and format (no other data consulted); 420 messages, shuffled with seed 20261130\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
# stats
langs = ['nl', 'en', 'de', 'fr']
tab = collections.defaultdict(collections.Counter)
for lang, labels, _ in rows:
    t = tab[lang]
    t['total'] += 1
    if labels == '-':
        t['none'] += 1
    else:
        t['labelled'] += 1
        ls = labels.split(',')
        if len(ls) > 1: t['multi'] += 1
        for l in ls: t[l] += 1
cols = ['total', 'none', 'labelled', 'multi'] + ORDER
print('| lang | ' + ' | '.join(cols) + ' |')
print('|' + '---|' * (len(cols) + 1))
for lang in langs + ['all']:
    if lang == 'all':
        c = collections.Counter()
        for l in langs: c.update(tab[l])
    else:
        c = tab[lang]
    print(f'| {lang} | ' + ' | '.join(str(c[k]) for k in cols) + ' |')
combo = collections.Counter(r[1] for r in rows)
for k, v in sorted(combo.items(), key=lambda x: -x[1]): print(v, k)
