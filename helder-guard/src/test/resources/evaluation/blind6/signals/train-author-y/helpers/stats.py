import glob,collections,sys
M={'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
tot=collections.Counter()
for f in sorted(glob.glob('src_*.txt')):
    lang=f[4:6]
    c=collections.Counter()
    for i,l in enumerate(open(f,encoding='utf-8')):
        l=l.rstrip('\n')
        if not l.strip(): continue
        p=l.split('\t')
        if len(p)!=2: print('BAD',f,i+1,repr(l)); continue
        lab,t=p
        c['n']+=1
        if lab=='-': c['none']+=1
        else:
            for ch in lab: c[ch]+=1
            if len(lab)>1: c['multi']+=1
    print(f,dict(c))
    for k,v in c.items(): tot[lang+k]+=v
for lang in ['nl','en','de','fr']:
    print(lang,{k[2:]:v for k,v in tot.items() if k.startswith(lang)})
