import collections
M={'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
rows=[]
for lang in ['nl','en','de','fr']:
    for l in open(f'{lang}.txt',encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip(): continue
        code,text=l.split('|',1)
        assert '\t' not in text
        labs=[] if code=='-' else [M[c] for c in code]
        assert code=='-' or list(code)==[c for c in 'HCRF' if c in code], code
        rows.append((lang,labs,text.strip()))
c=collections.Counter(); tot=collections.Counter()
for lang,labs,t in rows:
    tot[lang]+=1
    if not labs: c[(lang,'-')]+=1
    for x in labs: c[(lang,x)]+=1
    if len(labs)>1: c[(lang,'multi')]+=1
cols=['-','HUMAN_REQUEST','COMPLAINT','HIGH_RISK_TOPIC','FRUSTRATION','multi']
print('lang total',cols)
for lang in ['nl','en','de','fr']:
    print(lang,tot[lang],[c[(lang,k)] for k in cols])
print('all',sum(tot.values()),[sum(c[(l,k)] for l in tot) for k in cols])
texts=[t for _,_,t in rows]
d=[t for t,n in collections.Counter(x.lower() for x in texts).items() if n>1]
print('dups',d)
