import sys,random,collections
sys.path.insert(0,'/work/blind8/answers-p5')
import nl,en,de,fr
rows=[]
for lang,mod in (("nl",nl),("en",en),("de",de),("fr",fr)):
    for lab,ans,src in mod.ITEMS:
        for f in (ans,src):
            assert "\t" not in f and "\n" not in f, f
        rows.append((lang,lab,ans.strip(),src.strip()))
ans=[r[2] for r in rows]
d=[a for a,c in collections.Counter(ans).items() if c>1]
assert not d, d
random.Random(20261201).shuffle(rows)
with open('/work/blind8/answers-p5/answers-train-p5.tsv','w',encoding='utf-8') as fh:
    fh.write("# answers-train-p5: AI customer-service answers with help-centre source, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (written blind)\n")
    fh.write("# columns: lang<TAB>labels<TAB>answer<TAB>source  (source '-' = no passage)\n")
    fh.write("# 300 rows, shuffled with random.Random(20261201); see README.md for conventions\n")
    for r in rows: fh.write("\t".join(r)+"\n")
print(len(rows))
c=collections.Counter((r[0],r[1]) for r in rows)
labs=["CLEAN","MANIPULATIVE","CLAIMS_HUMAN","CLAIMS_HUMAN,MANIPULATIVE"]
for l in ("nl","en","de","fr"): print(l,[c[(l,x)] for x in labs],sum(c[(l,x)] for x in labs))
print("tot",[sum(c[(l,x)] for l in ("nl","en","de","fr")) for x in labs])
print("no source", sum(r[3]=="-" for r in rows), collections.Counter(r[1] for r in rows if r[3]=="-"))
import re
# sentence count rough
for r in rows:
    n=len(re.findall(r'[.!?…](\s|$)',r[2]))
    if n>5: print("LONG",n,r[2][:80])
print("shortest", sorted(rows,key=lambda r:len(r[2]))[:3])
