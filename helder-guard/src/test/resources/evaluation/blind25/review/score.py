import subprocess,sys
for name in ['blind','aimed','supp']:
    labels=[]; texts=[]
    for l in open(f'{name}.txt', encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip() or l.startswith('#'): continue
        lab,_,t=l.partition('|'); labels.append(lab.strip()); texts.append(t)
    open('/tmp/u.txt','w',encoding='utf-8').write('\n'.join(texts)+'\n')
    out={}
    for v in ['old','new']:
        r=subprocess.run(['java','-cp',f'{v}/classes','Judge.java'],stdin=open('/tmp/u.txt',encoding='utf-8'),capture_output=True,text=True)
        out[v]=['HIGH_RISK_TOPIC' in line.split('\t')[0] for line in r.stdout.splitlines()]
    for v in ['old','new']:
        tp=sum(1 for L,h in zip(labels,out[v]) if L=='HR' and h); fp=sum(1 for L,h in zip(labels,out[v]) if L=='NO' and h); fn=sum(1 for L,h in zip(labels,out[v]) if L=='HR' and not h)
        print(f'{name} {v}: true {tp} false {fp} missed {fn}')
    if len(sys.argv)>1:
        for L,t,o,n in zip(labels,texts,out['old'],out['new']):
            if (L=='NO' and n) or (L=='HR' and not n): print('   ', L, 'new', n, '|', t[:150])
