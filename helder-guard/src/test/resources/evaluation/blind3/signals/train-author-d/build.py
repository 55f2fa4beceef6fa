#!/usr/bin/env python3
"""Assemble signals-train-d.tsv from src/*.txt (format: CODES | text). Codes: H,C,R,F or -."""
import random, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
MAP = {'H': 'HUMAN_REQUEST', 'C': 'COMPLAINT', 'R': 'HIGH_RISK_TOPIC', 'F': 'FRUSTRATION'}
ORDER = ['H', 'C', 'R', 'F']
rows = []
for lg in ['nl', 'en', 'de', 'fr']:
    for line in open(os.path.join(HERE, 'src', lg + '.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        code, text = line.split(' | ', 1)
        text = text.strip()
        assert '\t' not in text and '\n' not in text and '\r' not in text
        if code == '-':
            labels = '-'
        else:
            cs = code.split(',')
            assert all(c in MAP for c in cs) and len(set(cs)) == len(cs), line
            cs = sorted(cs, key=ORDER.index)
            labels = ','.join(MAP[c] for c in cs)
        rows.append((lg, labels, text))
texts = [r[2].lower() for r in rows]
dups = [t for t, n in collections.Counter(texts).items() if n > 1]
assert not dups, dups
random.Random(20261130).shuffle(rows)
with open(os.path.join(HERE, 'signals-train-d.tsv'), 'w', encoding='utf-8') as f:
    f.write('# signals-train-d: customer chat messages to an AI customer-service assistant of Dutch organisations, labelled with conversation signals\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; lang = nl/en/de/fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or -\n')
    f.write('# written blind from label definitions and format (no other data consulted); 450 messages, shuffled with seed 20261130\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
# stats
print('total', len(rows))
tab = collections.defaultdict(collections.Counter)
for lg, labels, _ in rows:
    tab[lg]['n'] += 1
    if labels == '-':
        tab[lg]['none'] += 1
    else:
        tab[lg]['labelled'] += 1
        ls = labels.split(',')
        if len(ls) > 1:
            tab[lg]['multi'] += 1
        for l in ls:
            tab[lg][l] += 1
cols = ['n', 'none', 'labelled', 'multi'] + list(MAP.values())
print('| lang | ' + ' | '.join(cols) + ' |')
tot = collections.Counter()
for lg in ['nl', 'en', 'de', 'fr']:
    tot += tab[lg]
    print('| ' + lg + ' | ' + ' | '.join(str(tab[lg][c]) for c in cols) + ' |')
print('| all | ' + ' | '.join(str(tot[c]) for c in cols) + ' |')
