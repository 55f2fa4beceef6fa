#!/usr/bin/env python3
"""Build signals-report-r17.tsv from src_<lang>.txt source lists (written blind from the brief).
Source line format: <code><space><text>; code is '-' or a comma-separated subset of H,C,R,F."""
import random, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = {'H': 'HUMAN_REQUEST', 'C': 'COMPLAINT', 'R': 'HIGH_RISK_TOPIC', 'F': 'FRUSTRATION'}
ORDER = 'HCRF'
rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    for n, line in enumerate(open(os.path.join(HERE, f'src_{lang}.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        code, text = line.split(' ', 1)
        text = text.strip()
        assert '\t' not in text and '\r' not in text, (lang, n)
        if code == '-':
            labels = '-'
        else:
            parts = code.split(',')
            assert all(p in NAMES for p in parts) and len(set(parts)) == len(parts), (lang, n, code)
            parts.sort(key=ORDER.index)
            labels = ','.join(NAMES[p] for p in parts)
        rows.append((lang, labels, text))
texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(17017).shuffle(rows)
out = os.path.join(HERE, 'signals-report-r17.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write('# signals-report-r17: invented customer chat messages to Dutch/Belgian organisations (bank, public transport, electronics webshop, car lease, ...) labelled with conversation signals\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n')
    f.write('# written blind from the brief only (no other data consulted); shuffled with seed 17017; frozen on delivery, not to be edited\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
N = len(rows)
print('total', N)
for lang, c in collections.Counter(r[0] for r in rows).most_common():
    print(f'lang {lang} {c} {100*c/N:.1f}%')
none = sum(r[1] == '-' for r in rows)
print(f'none {none} {100*none/N:.1f}%')
for k in ORDER:
    c = sum(NAMES[k] in r[1].split(',') for r in rows)
    print(f'{NAMES[k]} {c} {100*c/N:.1f}%')
multi = collections.Counter(len(r[1].split(',')) for r in rows if r[1] != '-')
print('labels per labelled message', dict(multi))
for lang in ['nl', 'en', 'de', 'fr']:
    sub = [r for r in rows if r[0] == lang]
    print(lang, 'none', sum(r[1] == '-' for r in sub), ' '.join(f'{k}:{sum(NAMES[k] in r[1] for r in sub)}' for k in ORDER))
