import glob,random,collections
M={'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
ORDER='HCRF'
rows=[]
for f in sorted(glob.glob('src_*.txt')):
    lang=f[4:6]
    for l in open(f,encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip(): continue
        lab,t=l.split('\t')
        t=t.strip()
        assert '\t' not in t and '\r' not in t
        if lab=='-': labs='-'
        else:
            assert set(lab)<=set(ORDER) and len(set(lab))==len(lab),lab
            labs=','.join(M[c] for c in ORDER if c in lab)
        rows.append((lang,labs,t))
texts=[r[2] for r in rows]
d=[t for t,c in collections.Counter(t.lower() for t in texts).items() if c>1]
assert not d,d
random.Random(20261201).shuffle(rows)
with open('../signals-train-y.tsv','w',encoding='utf-8',newline='\n') as o:
    o.write('# signals-train-y: customer chat messages to an AI customer-service assistant of Dutch organisations (nl/en/de/fr), labelled with conversation signals\n')
    o.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or -\n')
    o.write('# written blind from label definitions and format only (no other data consulted); shuffled with random.Random(20261201)\n')
    for r in rows: o.write('\t'.join(r)+'\n')
# table
tab=collections.defaultdict(collections.Counter)
for lang,labs,t in rows:
    c=tab[lang]; c['total']+=1
    if labs=='-': c['none']+=1
    else:
        for x in labs.split(','): c[x]+=1
        if ',' in labs: c['multi']+=1
cols=['total','none','HUMAN_REQUEST','COMPLAINT','HIGH_RISK_TOPIC','FRUSTRATION','multi']
print('| lang | '+' | '.join(cols)+' |'); print('|'+'---|'*(len(cols)+1))
allc=collections.Counter()
for lang in ['nl','en','de','fr']:
    print(f'| {lang} | '+' | '.join(str(tab[lang][k]) for k in cols)+' |'); allc.update(tab[lang])
print('| all | '+' | '.join(str(allc[k]) for k in cols)+' |')
lens=[len(t.split()) for t in texts]; print('words min/median/max',min(lens),sorted(lens)[len(lens)//2],max(lens), 'n>=40 words',sum(l>=40 for l in lens),'n<=6',sum(l<=6 for l in lens))
