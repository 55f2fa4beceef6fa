#!/usr/bin/env python3
"""Build answers-train-f.tsv from the four hand-written draft files (blind author)."""
import random, re, collections, sys
FILES=[('nl','nl1.txt'),('nl','nl2.txt'),('en','en.txt'),('de','de.txt'),('fr','fr.txt')]
LAB={'C':'CLEAN','M':'MANIPULATIVE','H':'CLAIMS_HUMAN','HM':'CLAIMS_HUMAN,MANIPULATIVE'}
rows=[]
for lang,f in FILES:
    for i,line in enumerate(open(f,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip(): continue
        parts=line.split(' || ')
        assert len(parts)==3,(f,i,line)
        code,ans,src=[p.strip() for p in parts]
        assert code in LAB,(f,i)
        for x in (ans,src): assert '\t' not in x and '\n' not in x
        rows.append((lang,LAB[code],ans,src))
def nsent(t):
    return len([x for x in re.split(r'(?<=[.!?…])\s+(?=[A-ZÀ-Ü0-9"\'«(\[])',t) if x.strip()])
warn=0
for r in rows:
    if nsent(r[2])>5: print('long answer:',r[2]); warn+=1
    if r[3]!='-' and nsent(r[3])>4: print('long source:',r[3]); warn+=1
# duplicates
for k in (2,):
    c=collections.Counter(r[k] for r in rows)
    for t,n in c.items():
        if n>1: print('DUP answer',t); warn+=1
sents=collections.Counter()
for r in rows:
    for s in re.split(r'(?<=[.!?])\s+',r[2]):
        if len(s)>25: sents[s]+=1
for s,n in sents.items():
    if n>1: print('DUP sentence',n,s); warn+=1
tab=collections.Counter((r[0],r[1]) for r in rows)
langs=['nl','en','de','fr']; labs=list(LAB.values())
print('lang', *labs, 'total', 'no-source', sep=' | ')
for l in langs:
    print(l,*[tab[(l,x)] for x in labs],sum(tab[(l,x)] for x in labs),sum(1 for r in rows if r[0]==l and r[3]=='-'),sep=' | ')
print('all',*[sum(tab[(l,x)] for l in langs) for x in labs],len(rows),sum(1 for r in rows if r[3]=='-'),sep=' | ')
random.seed(20261130)
random.shuffle(rows)
with open('answers-train-f.tsv','w',encoding='utf-8',newline='\n') as o:
    o.write('# answers-train-f.tsv: answers of an AI customer-service assistant, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (written blind, see README.md)\n')
    o.write('# columns: lang<TAB>labels<TAB>answer<TAB>source ; source "-" = no help-centre passage\n')
    o.write('# %d rows, UTF-8, shuffled with random.seed(20261130); frozen\n'%len(rows))
    for r in rows: o.write('\t'.join(r)+'\n')
print('warnings',warn)
