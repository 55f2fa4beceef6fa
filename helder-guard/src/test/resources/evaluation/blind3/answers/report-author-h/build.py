#!/usr/bin/env python3
"""Assemble answers-report-h.tsv from the per-language drafts (nl/en/de/fr.txt).
Draft line format: LABEL || answer || source   (LABEL in C, M, H, HM; source '-' if none)."""
import random, re, collections, sys
LAB = {'C': 'CLEAN', 'M': 'MANIPULATIVE', 'H': 'CLAIMS_HUMAN', 'HM': 'CLAIMS_HUMAN,MANIPULATIVE'}
rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    for n, line in enumerate(open(f'{lang}.txt', encoding='utf-8').read().splitlines(), 1):
        parts = line.split(' || ')
        assert len(parts) == 3, (lang, n, line)
        lab, ans, src = (p.strip() for p in parts)
        for f in (ans, src):
            assert '\t' not in f and '\n' not in f and '\r' not in f and f
        rows.append((lang, LAB[lab], ans, src))

def nsent(t):
    return len([s for s in re.split(r'(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-Þa-zà-ÿ0-9"\'(¿¡])', t) if s.strip()])

problems = 0
for r in rows:
    a, s = nsent(r[2]), (0 if r[3] == '-' else nsent(r[3]))
    if not 1 <= a <= 5 or s > 4:
        print('LENGTH?', a, s, r[2][:70]); problems += 1
answers = [r[2] for r in rows]
dup = [a for a, c in collections.Counter(answers).items() if c > 1]
assert not dup, dup
sents = collections.Counter()
for a in answers:
    for s in re.split(r'(?<=[.!?])\s+', a):
        if len(s) > 25: sents[s] += 1
rep = [s for s, c in sents.items() if c > 1]
if rep: print('REPEATED SENTENCES:', rep)

random.Random(20261130).shuffle(rows)
with open('answers-report-h.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# answers-report-h: answers of an AI customer-service assistant (Dutch organisations), written blind from label definitions; see README.md\n')
    f.write('# labels: CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source = help-centre passage the answer rests on, or - if none\n')
    f.write('# lang\tlabels\tanswer\tsource\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
c = collections.Counter((r[0], r[1]) for r in rows)
print(len(rows), 'rows;', sum(1 for r in rows if r[3] == '-'), 'without source')
for lang in ['nl', 'en', 'de', 'fr']:
    print(lang, [c[(lang, l)] for l in LAB.values()], sum(c[(lang, l)] for l in LAB.values()))
print('total', [sum(c[(g, l)] for g in ['nl','en','de','fr']) for l in LAB.values()])
