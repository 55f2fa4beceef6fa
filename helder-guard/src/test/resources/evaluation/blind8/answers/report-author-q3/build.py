# Builds answers-report-q3.tsv from the per-language draft files (code ## answer ## source).
import random, collections
CODES={'C':'CLEAN','M':'MANIPULATIVE','H':'CLAIMS_HUMAN','B':'CLAIMS_HUMAN,MANIPULATIVE'}
FILES=[('nl','nl1.txt'),('nl','nl2.txt'),('en','en.txt'),('de','de.txt'),('fr','fr.txt')]
rows=[]
for lang,f in FILES:
    for line in open(f,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        parts=line.split(' ## ')
        assert len(parts)==3, line
        code,ans,src=[p.strip() for p in parts]
        assert '\t' not in ans+src
        rows.append((lang,CODES[code],ans,src))
answers=[r[2] for r in rows]
dups=[a for a,c in collections.Counter(answers).items() if c>1]
assert not dups, dups
random.Random(20260301).shuffle(rows)
with open('answers-report-q3.tsv','w',encoding='utf-8') as o:
    o.write('# answers-report-q3: AI customer-service answers with help-centre source passage, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN\n')
    o.write('# written blind from label definitions and format only; see README.md; frozen\n')
    o.write('# lang\tlabels\tanswer\tsource\n')
    for r in rows: o.write('\t'.join(r)+'\n')
c=collections.Counter((r[0],r[1]) for r in rows)
for lang in ['nl','en','de','fr']:
    print(lang,[c[(lang,l)] for l in CODES.values()],sum(c[(lang,l)] for l in CODES.values()))
print('total',len(rows),collections.Counter(r[1] for r in rows))
print('no source',sum(r[3]=='-' for r in rows))
