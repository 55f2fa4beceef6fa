#!/usr/bin/env python3
"""Build signals-report-r30.tsv from the four source lists (src_nl/en/de/fr.txt).

Source line format: CODE<TAB>text, CODE letters H=HUMAN_REQUEST, C=COMPLAINT,
R=HIGH_RISK_TOPIC, F=FRUSTRATION, or '-' for no label. Lines starting with '#' are comments.
Output lines are shuffled with a fixed seed.
"""
import random, collections, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'signals-report-r30'
ORDER = [('H', 'HUMAN_REQUEST'), ('C', 'COMPLAINT'), ('R', 'HIGH_RISK_TOPIC'), ('F', 'FRUSTRATION')]
SEED = 3030

rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    with open(os.path.join(HERE, f'src_{lang}.txt'), encoding='utf-8') as fh:
        for n, line in enumerate(fh.read().split('\n'), 1):
            if not line.strip() or line.startswith('#'):
                continue
            code, text = line.split('\t')
            text = text.strip()
            assert code == '-' or (set(code) <= set('HCRF') and len(set(code)) == len(code)), (lang, n, code)
            assert '\t' not in text and '\n' not in text and '\r' not in text, (lang, n)
            labels = ','.join(full for c, full in ORDER if c in code) or '-'
            rows.append((lang, labels, text))

texts = [t for _, _, t in rows]
dups = [t for t, k in collections.Counter(texts).items() if k > 1]
assert not dups, dups

random.Random(SEED).shuffle(rows)
with open(os.path.join(HERE, NAME + '.tsv'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# signals-report-r30: invented customer chat messages to the AI assistant of Dutch/Belgian organisations, labelled with conversation signals\n')
    out.write('# columns: lang<TAB>labels<TAB>text; lang in nl/en/de/fr; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n')
    out.write('# written blind from the signals brief (no other data consulted); frozen on delivery, do not edit\n')
    for r in rows:
        out.write('\t'.join(r) + '\n')

# counts
N = len(rows)
print('total', N)
lc = collections.Counter(l for l, _, _ in rows)
for l in ['nl', 'en', 'de', 'fr']:
    print(f'lang {l} {lc[l]} {100*lc[l]/N:.1f}%')
lab = collections.Counter()
for _, labels, _ in rows:
    if labels == '-':
        lab['-'] += 1
    else:
        for x in labels.split(','):
            lab[x] += 1
for k in ['HUMAN_REQUEST', 'COMPLAINT', 'HIGH_RISK_TOPIC', 'FRUSTRATION', '-']:
    print(f'label {k} {lab[k]} {100*lab[k]/N:.1f}%')
nl = collections.Counter(len(labels.split(',')) if labels != '-' else 0 for _, labels, _ in rows)
print('labels per message', dict(sorted(nl.items())))
combo = collections.Counter(labels for _, labels, _ in rows)
for k, v in combo.most_common():
    print(f'combo {v:4d} {k}')
per = collections.defaultdict(collections.Counter)
for l, labels, _ in rows:
    for x in (labels.split(',') if labels != '-' else ['-']):
        per[l][x] += 1
for l in ['nl', 'en', 'de', 'fr']:
    print('per-lang', l, dict(per[l]))
