#!/usr/bin/env python3
"""Build signals-train-v.tsv from the hand-written source lists in src/ (one 'CODES|text' per line).
Codes: H=HUMAN_REQUEST C=COMPLAINT R=HIGH_RISK_TOPIC F=FRUSTRATION, '-' = no label."""
import random, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
CODE = {'H': 'HUMAN_REQUEST', 'C': 'COMPLAINT', 'R': 'HIGH_RISK_TOPIC', 'F': 'FRUSTRATION'}
ORDER = ['HUMAN_REQUEST', 'COMPLAINT', 'HIGH_RISK_TOPIC', 'FRUSTRATION']
rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    for line in open(os.path.join(HERE, 'src', lang + '.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        codes, text = line.split('|', 1)
        text = text.strip()
        assert '\t' not in text and '\r' not in text, text
        if codes == '-':
            labels = '-'
        else:
            labs = {CODE[c] for c in codes.split(',')}
            labels = ','.join(l for l in ORDER if l in labs)
        rows.append((lang, labels, text))
texts = [r[2] for r in rows]
dups = [t for t, n in collections.Counter(t.lower() for t in texts).items() if n > 1]
assert not dups, dups
random.Random(20261201).shuffle(rows)
with open(os.path.join(HERE, 'signals-train-v.tsv'), 'w', encoding='utf-8') as f:
    f.write('# signals-train-v: customer chat messages to an AI customer-service assistant of Dutch organisations (nl/en/de/fr), labelled with conversation signals\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or - for none\n')
    f.write('# written blind from label definitions and format (no other data consulted); shuffled with seed 20261201\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
# stats
n = len(rows)
print('total', n)
by = collections.defaultdict(collections.Counter)
for lang, labels, _ in rows:
    c = by[lang]; c['n'] += 1
    if labels == '-': c['none'] += 1
    else:
        c['labelled'] += 1
        ls = labels.split(',')
        if len(ls) > 1: c['multi'] += 1
        for l in ls: c[l] += 1
tot = collections.Counter()
for lang in ['nl', 'en', 'de', 'fr']:
    tot.update(by[lang])
    print(lang, dict(by[lang]))
print('all', dict(tot))
