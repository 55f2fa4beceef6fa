#!/usr/bin/env python3
"""Build signals-train-a17.tsv from sources/{nl,en,de,fr}.txt.

Source line format: CODES | text   (CODES: '-' or comma-separated H,C,R,F)
Output: three '#' header lines, then lang<TAB>labels<TAB>text, shuffled with a fixed seed.
"""
import random, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODE = {'H': 'HUMAN_REQUEST', 'C': 'COMPLAINT', 'R': 'HIGH_RISK_TOPIC', 'F': 'FRUSTRATION'}
ORDER = ['H', 'C', 'R', 'F']
SEED = 17017

rows, seen = [], set()
for lang in ['nl', 'en', 'de', 'fr']:
    for n, line in enumerate((HERE / 'sources' / f'{lang}.txt').read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip():
            continue
        codes, text = line.split(' | ', 1)
        text = text.strip()
        assert '\t' not in text and '\n' not in text, (lang, n)
        assert text not in seen, ('duplicate', lang, n, text)
        seen.add(text)
        if codes == '-':
            labels = '-'
        else:
            cs = codes.split(',')
            assert all(c in CODE for c in cs), (lang, n, codes)
            assert cs == [c for c in ORDER if c in cs], ('order', lang, n)
            labels = ','.join(CODE[c] for c in cs)
        rows.append((lang, labels, text))

random.Random(SEED).shuffle(rows)
header = [
    '# signals-train-a17: invented customer chat messages to Dutch/Belgian organisations, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION)',
    '# columns: lang<TAB>labels<TAB>text ; labels comma-separated in fixed order, or - for none',
    f'# written blind from the brief by author a17 without consulting any other data; frozen on delivery ({len(rows)} messages, shuffle seed {SEED})',
]
out = HERE / 'signals-train-a17.tsv'
out.write_text('\n'.join(header + ['\t'.join(r) for r in rows]) + '\n', encoding='utf-8')

lc = collections.Counter(r[0] for r in rows)
lab = collections.Counter(l for r in rows for l in r[1].split(','))
multi = sum(1 for r in rows if ',' in r[1])
print('total', len(rows))
print('lang', dict(lc))
print('labels', dict(lab))
print('multi-label', multi)
