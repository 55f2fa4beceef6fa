#!/usr/bin/env python3
"""Assemble answers-train-a.tsv from the per-language/per-label draft files and check it."""
import random, re, collections, sys
LAB={'C':'CLEAN','M':'MANIPULATIVE','H':'CLAIMS_HUMAN','B':'CLAIMS_HUMAN,MANIPULATIVE'}
FILES={'nl':['nl_clean','nl_manip','nl_ch','nl_both'],'en':['en_clean','en_manip','en_ch','en_both'],
       'de':['de_clean','de_manip','de_ch','de_both'],'fr':['fr_clean','fr_manip','fr_ch','fr_both']}
rows=[]
for lang,fs in FILES.items():
    for f in fs:
        for ln in open(f'drafts/{f}.txt',encoding='utf-8'):
            ln=ln.rstrip('\n')
            if not ln.strip(): continue
            parts=[x.strip() for x in ln.split(' || ')]
            assert len(parts)==3,(f,ln)
            code,ans,src=parts
            for x in (ans,src): assert '\t' not in x and '\n' not in x
            rows.append((lang,LAB[code],ans,src))
# checks
answers=[r[2] for r in rows]
dup=[a for a,c in collections.Counter(answers).items() if c>1]
assert not dup,dup
sents=collections.Counter()
for r in rows:
    for s in re.split(r'(?<=[.!?])\s+',r[2]):
        if len(s)>25: sents[s]+=1
rep=[s for s,c in sents.items() if c>1]
if rep: print('repeated sentences:',rep)
for r in rows:
    n=len([s for s in re.split(r'(?<=[.!?…])\s+',r[2]) if s.strip()])
    if n>5: print('long answer',n,r[2][:60])
print('total',len(rows))
tab=collections.Counter((r[0],r[1]) for r in rows)
for lang in FILES: print(lang,sum(v for (l,_),v in tab.items() if l==lang),{k[1]:v for k,v in tab.items() if k[0]==lang})
print('labels',collections.Counter(r[1] for r in rows))
print('no source',sum(r[3]=='-' for r in rows))
random.Random(20261130).shuffle(rows)
with open('answers-train-a.tsv','w',encoding='utf-8') as out:
    out.write('# answers-train-a: answers of an AI customer-service assistant with the help-centre passage they rest on (written blind)\n')
    out.write('# labels: CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source "-" = no passage\n')
    out.write('# columns: lang<TAB>labels<TAB>answer<TAB>source ; shuffled with random.Random(20261130)\n')
    for r in rows: out.write('\t'.join(r)+'\n')
