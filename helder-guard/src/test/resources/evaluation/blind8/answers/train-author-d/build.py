import random, re, collections
files=[('nl','nl1.txt'),('nl','nl2.txt'),('en','en.txt'),('de','de.txt'),('fr','fr.txt')]
rows=[]
for lang,f in files:
    for i,l in enumerate(open(f,encoding='utf-8')):
        l=l.rstrip('\n')
        if not l.strip(): continue
        parts=l.split(' ~~ ')
        assert len(parts)==3,(f,i,l)
        lab={'C':'CLEAN','H':'CLAIMS_HUMAN'}[parts[0]]
        ans,src=parts[1].strip(),parts[2].strip()
        for x in (ans,src): assert '\t' not in x and '\n' not in x
        rows.append((lang,lab,ans,src))
# duplicates
ac=collections.Counter(r[2] for r in rows)
assert all(v==1 for v in ac.values()), [k for k,v in ac.items() if v>1]
sents=collections.Counter()
for r in rows:
    for s in re.split(r'(?<=[.!?])\s+',r[2]):
        if len(s)>12: sents[s]+=1
print('repeated sentences:',[k for k,v in sents.items() if v>1])
random.Random(20261201).shuffle(rows)
with open('answers-train-d.tsv','w',encoding='utf-8') as o:
    o.write('# answers-train-d: first-person answers of an AI customer-service assistant (Dutch organisations), labelled CLEAN / CLAIMS_HUMAN\n')
    o.write('# written blind from label definitions and format only; shuffled with random.Random(20261201); frozen\n')
    o.write('# lang\tlabels\tanswer\tsource\n')
    for r in rows: o.write('\t'.join(r)+'\n')
c=collections.Counter((r[0],r[1]) for r in rows)
for lang in ['nl','en','de','fr']:
    print(lang,c[(lang,'CLEAN')],c[(lang,'CLAIMS_HUMAN')],c[(lang,'CLEAN')]+c[(lang,'CLAIMS_HUMAN')], 'no-source',sum(1 for r in rows if r[0]==lang and r[3]=='-'))
print('total',len(rows),collections.Counter(r[1] for r in rows), 'no-source', sum(1 for r in rows if r[3]=='-'))
# sentence counts
import statistics
sc=[len(re.findall(r'[.!?…]+(\s|$)',r[2])) for r in rows]
print('max sentences approx',max(sc), [r[2] for r in rows if len(re.findall(r'[.!?…]+(\s|$)',r[2]))>5])
print('lengths words min/max',min(len(r[2].split()) for r in rows),max(len(r[2].split()) for r in rows))
