import random, collections, sys
CODES={'R':'HUMAN_REQUEST','C':'COMPLAINT','H':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
ORDER='RCHF'
rows=[]
for lang in ['nl','en','de','fr']:
    for ln in open(f'src_{lang}.txt',encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        l,c,t=ln.split('||')
        assert l==lang and '\t' not in t and t==t.strip(), ln
        if c=='-': lab='-'
        else:
            assert all(x in ORDER for x in c) and len(set(c))==len(c), ln
            lab=','.join(CODES[x] for x in ORDER if x in c)
        rows.append((l,lab,t))
texts=[r[2].lower() for r in rows]
d=[t for t,n in collections.Counter(texts).items() if n>1]
print('dups',d)
print('total',len(rows))
by=collections.Counter(r[0] for r in rows); print(by)
for lang in ['nl','en','de','fr','ALL']:
    rs=[r for r in rows if lang=='ALL' or r[0]==lang]
    none=sum(r[1]=='-' for r in rs); lab=len(rs)-none
    multi=sum(r[1].count(',')>=1 for r in rs)
    cnt={k:sum(v in r[1].split(',') for r in rs) for v,k in zip(CODES.values(),CODES)}
    print(lang,len(rs),'none',none,'lab',lab,'multi',multi,cnt)
if '--write' in sys.argv:
    random.seed(20261130)
    random.shuffle(rows)
    with open('signals-train-e.tsv','w',encoding='utf-8',newline='\n') as f:
        f.write('# signals-train-e: customer chat messages to AI customer-service assistants of Dutch organisations, labelled with conversation signals (nl/en/de/fr)\n')
        f.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none\n')
        f.write('# written blind from label definitions and format only (no other data consulted); shuffled with random.seed(20261130)\n')
        for r in rows: f.write('\t'.join(r)+'\n')
