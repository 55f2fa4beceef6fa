import random, re, collections, glob
files=[f"{l}_{k}.py" for l in ["nl","en","de","fr"] for k in ["clean","manip","ch","both"]]
items=[]
for f in files:
    d={}; exec(open(f).read(),d); items+=d['ITEMS']
ok_labels={"CLEAN","MANIPULATIVE","CLAIMS_HUMAN","CLAIMS_HUMAN,MANIPULATIVE"}
for it in items:
    assert len(it)==4
    assert it[1] in ok_labels, it
    for x in it: assert "\t" not in x and "\n" not in x and x.strip()==x, it
# duplicates
ans=[i[2] for i in items]; assert len(set(ans))==len(ans)
sents=collections.Counter()
for i in items:
    for s in re.split(r'(?<=[.!?])\s+', i[2]):
        if len(s)>25: sents[s]+=1
dups=[s for s,c in sents.items() if c>1]
print("dup sentences:",dups)
# counts
tab=collections.Counter((i[0],i[1]) for i in items)
langs=["nl","en","de","fr"]; labs=["CLEAN","MANIPULATIVE","CLAIMS_HUMAN","CLAIMS_HUMAN,MANIPULATIVE"]
print("lang\t"+"\t".join(labs)+"\ttotal")
for l in langs: print(l+"\t"+"\t".join(str(tab[(l,b)]) for b in labs)+"\t"+str(sum(tab[(l,b)] for b in labs)))
print("total\t"+"\t".join(str(sum(tab[(l,b)] for l in langs)) for b in labs)+"\t"+str(len(items)))
print("no-source:",sum(1 for i in items if i[3]=="-"))
nsent=[len(re.findall(r'[.!?](\s|$)', i[2])) for i in items]
print("max sentences approx", max(nsent))
random.seed(20261201)
random.shuffle(items)
with open("answers-train-p2.tsv","w",encoding="utf-8") as f:
    f.write("# answers-train-p2: AI customer-service answers with the help-centre passage they rest on; written blind from label definitions\n")
    f.write("# labels: CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE; source '-' = no passage\n")
    f.write("# columns: lang<TAB>labels<TAB>answer<TAB>source\n")
    for i in items: f.write("\t".join(i)+"\n")
