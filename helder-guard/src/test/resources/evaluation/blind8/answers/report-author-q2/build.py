import sys, random, re, collections, importlib
sys.path.insert(0, '/work/blind8/answers-q2')
mods = ['nl_a','nl_b','nl_c','en_a','en_b','de_a','de_b','fr_a','fr_b']
rows = []
for m in mods:
    mod = importlib.import_module(m)
    for lab, ans, src in mod.items:
        rows.append((mod.L, lab, ans.strip(), src.strip()))
ok = {'CLEAN','MANIPULATIVE','CLAIMS_HUMAN','CLAIMS_HUMAN,MANIPULATIVE'}
for r in rows:
    assert r[1] in ok, r
    for f in r:
        assert '\t' not in f and '\n' not in f and f, r
# duplicates
seen = collections.Counter(r[2] for r in rows)
d = [k for k,v in seen.items() if v>1]
assert not d, d
# sentence reuse check
sents = collections.Counter()
for r in rows:
    for s in re.split(r'(?<=[.!?])\s+', r[2]):
        if len(s) > 25: sents[s] += 1
print('repeated sentences:', [k for k,v in sents.items() if v>1])
# sentence count
for r in rows:
    n = len([s for s in re.split(r'(?<=[.!?])\s+', r[2]) if s])
    if n > 5: print('LONG', n, r[2][:60])
    if r[3] != '-':
        n2 = len([s for s in re.split(r'(?<=[.!?])\s+', r[3]) if s])
        if n2 > 4: print('SRC LONG', n2, r[3][:60])
print(len(rows))
tab = collections.Counter((r[0], r[1]) for r in rows)
langs = ['nl','en','de','fr']; labs = ['CLEAN','MANIPULATIVE','CLAIMS_HUMAN','CLAIMS_HUMAN,MANIPULATIVE']
for l in langs: print(l, [tab[(l,x)] for x in labs], sum(tab[(l,x)] for x in labs))
print('total', [sum(tab[(l,x)] for l in langs) for x in labs])
print('no source', sum(r[3]=='-' for r in rows))
random.seed(20260201)
random.shuffle(rows)
with open('/work/blind8/answers-q2/answers-report-q2.tsv','w',encoding='utf-8') as f:
    f.write('# answers-report-q2: AI customer-service answers of Dutch organisations, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (written blind)\n')
    f.write('# columns: lang<TAB>labels<TAB>answer<TAB>source ; labels = CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source "-" = no help-centre passage\n')
    f.write('# 300 rows, shuffled with random.seed(20260201); frozen, see README.md\n')
    for r in rows: f.write('\t'.join(r)+'\n')
