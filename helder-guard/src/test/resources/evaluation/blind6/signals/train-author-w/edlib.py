import collections
def edit(fn, repl, drop=()):
    L=open(fn,encoding='utf-8').read().splitlines()
    out=[]; used=set()
    for l in L:
        if any(d in l for d in drop): continue
        for k,v in repl.items():
            if k in l:
                assert l.split('|')[0]==v.split('|')[0] or True
                l=v; used.add(k)
        out.append(l)
    missing=set(repl)-used
    if missing: print("NOT FOUND:",missing)
    open(fn,'w',encoding='utf-8').write("\n".join(out)+"\n")
    print(fn,len(out),collections.Counter(x.split('|')[0] for x in out))
