import re, random, glob, collections, sys
TYPES={"BSN","IBAN","CARD","EMAIL","PHONE","POSTCODE","ADDRESS","DATE_OF_BIRTH","ID_DOCUMENT","LICENCE_PLATE","IP","PASSWORD","PERSON_NAME","SPECIAL_CATEGORY"}
pat=re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
rows=[]; errs=0
for fn in sorted(glob.glob("items_*.txt")):
    for ln,line in enumerate(open(fn,encoding="utf-8"),1):
        line=line.rstrip("\n")
        if not line.strip() or line.startswith("//"): continue
        lang,src=line.split("|",1)
        assert lang in ("nl","en","de","fr"),(fn,ln)
        labels=[];seen=set()
        for m in pat.finditer(src):
            t,v=m.group(1),m.group(2)
            if t not in TYPES: print("BADTYPE",fn,ln,t); errs+=1
            if ";" in v or "=" in v: print("BADCHAR",fn,ln,v); errs+=1
            if (t,v) not in seen: seen.add((t,v)); labels.append(f"{t}={v}")
        text=pat.sub(lambda m:m.group(2),src)
        if "\t" in text or "[[" in text or "]]" in text: print("BADTEXT",fn,ln); errs+=1
        for l in labels:
            if l.split("=",1)[1] not in text: print("MISSING",fn,ln,l); errs+=1
        rows.append((lang,text,";".join(labels)))
texts=[r[1] for r in rows]
d=[t for t,c in collections.Counter(texts).items() if c>1]
if d: print("DUP",d); errs+=1
# sentence reuse check
sc=collections.Counter()
for t in texts:
    for s in set(x.strip() for x in re.split(r"(?<=[.!?])\s+|\\n",t) if len(x.strip())>25): sc[s]+=1
for s,c in sc.items():
    if c>1: print("REUSED SENTENCE",c,s)
cnt=collections.Counter((r[0],bool(r[2])) for r in rows)
tc=collections.Counter((r[0],l.split("=")[0]) for r in rows for l in r[2].split(";") if l)
print("total",len(rows))
for lg in ("nl","en","de","fr"): print(lg, "pii",cnt[(lg,True)],"none",cnt[(lg,False)])
for t in sorted(TYPES): print(t, {lg:tc[(lg,t)] for lg in ("nl","en","de","fr")}, sum(tc[(lg,t)] for lg in ("nl","en","de","fr")))
if errs: sys.exit(1)
if "--write" in sys.argv:
    random.Random(4242).shuffle(rows)
    with open("privacy-train-a.tsv","w",encoding="utf-8") as f:
        f.write("# privacy-train-a: customer-service messages with personal data labelled (blind author set A)\n")
        f.write("# columns: lang, text (line breaks written as \\n), labels (TYPE=value;TYPE=value, empty if none)\n")
        f.write("# written blind from label definitions and format only; frozen; shuffled with seed 4242\n")
        f.write("lang\ttext\tlabels\n")
        for r in rows: f.write("\t".join(r)+"\n")
    print("written")
