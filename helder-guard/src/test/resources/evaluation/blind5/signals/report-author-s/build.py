#!/usr/bin/env python3
"""Combine src_*.txt (format: CODES| text) into signals-report-s.tsv, validate, shuffle with fixed seed."""
import random, sys, collections, re
M = {'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
ORDER = ['H','C','R','F']
rows = []
for lang in ['nl','en','de','fr']:
    for i, line in enumerate(open(f'src_{lang}.txt', encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        codes, text = line.split('|', 1)
        text = text.strip()
        codes = codes.strip()
        assert '\t' not in text and text, (lang, i)
        if codes == '-':
            labs = '-'
        else:
            cs = codes.split(',')
            assert all(c in M for c in cs), (lang, i, codes)
            assert cs == sorted(cs, key=ORDER.index) and len(set(cs)) == len(cs), (lang, i, codes)
            labs = ','.join(M[c] for c in cs)
        rows.append((lang, labs, text))
texts = [r[2] for r in rows]
dups = [t for t, n in collections.Counter(t.lower() for t in texts).items() if n > 1]
if dups:
    print('DUPLICATES:', dups)
# stats
n = len(rows)
print('total', n)
bylang = collections.Counter(r[0] for r in rows)
print('per lang', {k: (v, round(100*v/n,1)) for k, v in bylang.items()})
none = sum(r[1] == '-' for r in rows)
print('none', none, round(100*none/n,1))
lab = [r for r in rows if r[1] != '-']
multi = sum(',' in r[1] for r in lab)
print('labelled', len(lab), 'multi', multi, round(100*multi/len(lab),1))
lc = collections.Counter(l for r in lab for l in r[1].split(','))
print('label counts', dict(lc), {k: round(100*v/len(lab),1) for k, v in lc.items()})
tab = collections.defaultdict(collections.Counter)
for lang, labs, _ in rows:
    tab[lang]['none' if labs == '-' else 'labelled'] += 1
    if labs != '-':
        for l in labs.split(','):
            tab[lang][l] += 1
        if ',' in labs:
            tab[lang]['multi'] += 1
cols = ['HUMAN_REQUEST','COMPLAINT','HIGH_RISK_TOPIC','FRUSTRATION','multi','labelled','none']
print('| lang | messages | ' + ' | '.join(cols) + ' |')
print('|' + '---|' * (len(cols) + 2))
for lang in ['nl','en','de','fr']:
    print(f'| {lang} | {bylang[lang]} | ' + ' | '.join(str(tab[lang][c]) for c in cols) + ' |')
tot = collections.Counter()
for lang in tab: tot.update(tab[lang])
print(f'| total | {n} | ' + ' | '.join(str(tot[c]) for c in cols) + ' |')
combos = collections.Counter(r[1] for r in lab if ',' in r[1])
print('combos', dict(combos))
lens = sorted(len(t.split()) for t in texts)
print('words min/median/max', lens[0], lens[len(lens)//2], lens[-1])
if '--write' in sys.argv:
    random.Random(20261201).shuffle(rows)
    with open('signals-report-s.tsv', 'w', encoding='utf-8') as f:
        f.write('# Customer chat messages to an AI customer-service assistant of Dutch organisations, labelled with conversation signals (0..n labels per message).\n')
        f.write('# Columns: lang<TAB>labels<TAB>text ; lang in nl/en/de/fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none.\n')
        f.write('# Written blind from label definitions and format only (no reference to other data sets); shuffled with random.Random(20261201).\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print('written')
