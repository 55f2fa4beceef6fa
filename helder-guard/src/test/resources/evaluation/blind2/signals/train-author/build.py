#!/usr/bin/env python3
"""Build signals-train-a.tsv from src/{nl,en,de,fr}.txt (lines: CODES|text). Codes: H C R F or '-'."""
import random, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
MAP = {'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
ORDER = 'HCRF'
rows = []
for lang in ['nl','en','de','fr']:
    for line in open(f'src/{lang}.txt', encoding='utf-8').read().split('\n'):
        if not line.strip(): continue
        code, text = line.split('|',1)
        text = text.strip()
        assert '\t' not in text and '\n' not in text and text
        if code == '-': labels = '-'
        else:
            assert all(c in ORDER for c in code) and len(set(code))==len(code), line
            labels = ','.join(MAP[c] for c in sorted(code, key=ORDER.index))
        rows.append((lang, labels, text))
texts = [r[2].lower() for r in rows]
dups = [t for t,n in collections.Counter(texts).items() if n>1]
assert not dups, dups
random.Random(20261130).shuffle(rows)
with open('signals-train-a.tsv','w',encoding='utf-8') as f:
    f.write('# signals-train-a: customer chat messages to Dutch organisations (nl/en/de/fr) labelled with conversation signals\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or -\n')
    f.write('# written blind from label definitions and format only (no access to other data); frozen\n')
    for r in rows: f.write('\t'.join(r)+'\n')
# stats
print('total', len(rows))
tab = collections.defaultdict(collections.Counter)
for lang, labels, _ in rows:
    tab[lang]['n'] += 1
    if labels == '-': tab[lang]['none'] += 1
    else:
        ls = labels.split(',')
        tab[lang]['labelled'] += 1
        if len(ls) > 1: tab[lang]['multi'] += 1
        for l in ls: tab[lang][l] += 1
cols = ['n','none','labelled','multi','HUMAN_REQUEST','COMPLAINT','HIGH_RISK_TOPIC','FRUSTRATION']
print('lang\t'+'\t'.join(cols))
tot = collections.Counter()
for lang in ['nl','en','de','fr']:
    print(lang+'\t'+'\t'.join(str(tab[lang][c]) for c in cols)); tot.update(tab[lang])
print('all\t'+'\t'.join(str(tot[c]) for c in cols))
