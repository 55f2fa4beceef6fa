import random, re, collections
d='/work/blind8/answers-p4/'
files=[('nl','nl1.txt'),('nl','nl2.txt'),('nl','nl3.txt'),('en','en.txt'),('de','de.txt'),('fr','fr.txt')]
lab={'C':'CLEAN','M':'MANIPULATIVE','H':'CLAIMS_HUMAN','HM':'CLAIMS_HUMAN,MANIPULATIVE'}
rows=[]
def nsent(t):
    return len([s for s in re.split(r'(?<=[.!?…])\s+(?=[A-ZÀ-ÝÄÖÜ0-9\'"(])', t.strip()) if s])
for lang,f in files:
    for l in open(d+f,encoding='utf-8').read().splitlines():
        if not l.strip(): continue
        p=l.split('|'); assert len(p)==3,l
        c,a,s=[x.strip() for x in p]
        assert '\t' not in a+s
        rows.append((lang,lab[c],a,s))
        if nsent(a)>5: print('LONG A',nsent(a),a[:80])
        if s!='-' and nsent(s)>4: print('LONG S',nsent(s),s[:80])
ans=[r[2] for r in rows]
for a,n in collections.Counter(ans).items():
    if n>1: print('DUP',a)
random.Random(20261201).shuffle(rows)
with open(d+'answers-train-p4.tsv','w',encoding='utf-8') as o:
    o.write('# answers-train-p4: AI customer-service answers labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (written blind)\n')
    o.write('# columns: lang<TAB>labels<TAB>answer<TAB>source (source "-" = no help-centre passage)\n')
    o.write('# 300 rows, shuffled with random.Random(20261201); see README.md\n')
    for r in rows: o.write('\t'.join(r)+'\n')
c=collections.Counter((r[0],r[1]) for r in rows)
print(len(rows), sum(r[3]=='-' for r in rows))
for lang in ['nl','en','de','fr']:
    print(lang,[c[(lang,l)] for l in lab.values()], sum(c[(lang,l)] for l in lab.values()))
print('tot',[sum(c[(g,l)] for g in ['nl','en','de','fr']) for l in lab.values()])
