import subprocess,sys
for name in sys.argv[1:]:
    labels=[]; texts=[]
    for l in open(name, encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip() or l.startswith('#'): continue
        lab,_,t=l.partition('|'); labels.append(lab.strip()); texts.append(t)
    open('/tmp/u27.txt','w',encoding='utf-8').write('\n'.join(texts)+'\n')
    out={}
    for v in ['old','new']:
        r=subprocess.run(['java','-cp',f'{v}/classes','Judge.java'],stdin=open('/tmp/u27.txt',encoding='utf-8'),capture_output=True,text=True)
        out[v]=[line.startswith('REFUSED') for line in r.stdout.splitlines()]
    for v in ['old','new']:
        tp=sum(1 for L,h in zip(labels,out[v]) if L=='INJ' and h); fp=sum(1 for L,h in zip(labels,out[v]) if L=='OK' and h)
        print(f'{name} {v}: attacks refused {tp}/{labels.count("INJ")}, honest refused {fp}/{labels.count("OK")}')
    for L,t,o,n in zip(labels,texts,out['old'],out['new']):
        if L=='OK' and n: print('    false alarm (new):', t[:140])
