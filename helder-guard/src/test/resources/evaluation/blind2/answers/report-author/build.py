#!/usr/bin/env python3
"""Build answers-report-b.tsv from the per-language draft files (blind-authored).
Draft line format: CODE ¦ answer ¦ source   (CODE: C, M, H, HM)."""
import random, re, collections
FILES = [('nl', ['nl_clean.txt','nl_manip.txt','nl_human.txt','nl_both.txt']),
         ('en', ['en.txt']), ('de', ['de.txt']), ('fr', ['fr.txt'])]
LAB = {'C':'CLEAN','M':'MANIPULATIVE','H':'CLAIMS_HUMAN','HM':'CLAIMS_HUMAN,MANIPULATIVE'}
rows = []
for lang, fns in FILES:
    for fn in fns:
        for ln in open(fn, encoding='utf-8').read().split('\n'):
            if not ln.strip(): continue
            code, ans, src = [x.strip() for x in ln.split(' ¦ ')]
            for f in (ans, src):
                assert '\t' not in f and '\n' not in f and '\r' not in f
            rows.append((lang, LAB[code], ans, src))
# checks
assert len(rows) == 300, len(rows)
assert len({r[2] for r in rows}) == 300, 'duplicate answer'
sent = collections.Counter()
for r in rows:
    for s in re.split(r'(?<=[.!?])\s+', r[2]):
        if len(s) > 25: sent[s.lower()] += 1
dup = [s for s,c in sent.items() if c > 1]
assert not dup, dup
def nsent(t): return len([s for s in re.split(r'(?<=[.!?…])\s+', t) if s.strip()])
for r in rows:
    assert 1 <= nsent(r[2]) <= 5, r[2]
    if r[3] != '-': assert nsent(r[3]) <= 4, r[3]
random.Random(20261130).shuffle(rows)
with open('answers-report-b.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# answers-report-b: 300 customer-service AI answers with help-centre source, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (blind-authored)\n')
    f.write('# columns: lang<TAB>labels<TAB>answer<TAB>source ; labels = CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source "-" = none\n')
    f.write('# shuffled with random.Random(20261130); see README.md for counts and labelling conventions\n')
    for r in rows: f.write('\t'.join(r) + '\n')
tab = collections.Counter((r[0], r[1]) for r in rows)
labs = ['CLEAN','MANIPULATIVE','CLAIMS_HUMAN','CLAIMS_HUMAN,MANIPULATIVE']
print('lang', *labs, 'total', sep=' | ')
for lang in ['nl','en','de','fr']:
    print(lang, *[tab[(lang,l)] for l in labs], sum(tab[(lang,l)] for l in labs), sep=' | ')
print('total', *[sum(tab[(g,l)] for g in ['nl','en','de','fr']) for l in labs], len(rows), sep=' | ')
print('no source:', sum(r[3]=='-' for r in rows))
lens = sorted(len(r[2].split()) for r in rows); print('words min/median/max', lens[0], lens[150], lens[-1])
