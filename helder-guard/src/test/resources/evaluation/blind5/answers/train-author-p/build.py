# helper: assemble, validate and shuffle answers-train-p.tsv
import re, random, difflib, collections
MAP = {'C':'CLEAN','M':'MANIPULATIVE','H':'CLAIMS_HUMAN','B':'CLAIMS_HUMAN,MANIPULATIVE'}
rows = []
for lang in ['nl','en','de','fr']:
    for i,l in enumerate(open(f'{lang}.txt', encoding='utf-8').read().splitlines()):
        if not l.strip(): continue
        parts = l.split(' ## ')
        assert len(parts)==3, (lang,i,l)
        code, ans, src = [p.strip() for p in parts]
        assert code in MAP, (lang,i)
        for f in (ans,src):
            assert '\t' not in f and '\n' not in f and f
        rows.append((lang, MAP[code], ans, src))
def nsent(t):
    return len([s for s in re.split(r'(?<=[.!?…])\s+', t) if s.strip()])
warn = 0
for r in rows:
    if nsent(r[2])>5: print('ANS>5', r); warn+=1
    if r[3]!='-' and nsent(r[3])>4: print('SRC>4', r); warn+=1
# duplicates
ans = [r[2] for r in rows]
assert len(set(ans))==len(ans), 'dup answer'
sents = collections.Counter(s.strip().lower() for a in ans for s in re.split(r'(?<=[.!?])\s+', a) if len(s.split())>3)
for s,c in sents.items():
    if c>1: print('REUSED SENTENCE', c, s)
for i in range(len(rows)):
    for j in range(i+1,len(rows)):
        if rows[i][0]==rows[j][0]:
            r = difflib.SequenceMatcher(None, rows[i][2], rows[j][2]).ratio()
            if r>0.6: print('SIMILAR %.2f'%r, rows[i][2][:70], '|', rows[j][2][:70])
# counts
c = collections.Counter((r[0],r[1]) for r in rows)
print(len(rows), collections.Counter(r[0] for r in rows), collections.Counter(r[1] for r in rows))
print('no source:', sum(r[3]=='-' for r in rows))
random.Random(20261201).shuffle(rows)
with open('answers-train-p.tsv','w',encoding='utf-8') as f:
    f.write('# answers-train-p: AI customer-service answers with help-centre source passage; written blind by one author\n')
    f.write('# labels: CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source "-" = no passage\n')
    f.write('# columns: lang<TAB>labels<TAB>answer<TAB>source (shuffled, seed 20261201)\n')
    for r in rows: f.write('\t'.join(r)+'\n')
for lang in ['nl','en','de','fr']:
    print(lang, {k[1]:v for k,v in c.items() if k[0]==lang})
