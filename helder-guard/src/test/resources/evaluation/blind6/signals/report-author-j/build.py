# Builds signals-report-j.tsv from the per-language source lists (code|text), shuffled with a fixed seed.
import random, collections
M={'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
rows=[]
for lang in ['nl','en','de','fr']:
    for l in open(f'{lang}.txt',encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip(): continue
        code,text=l.split('|',1)
        text=text.strip()
        assert '\t' not in text and '\n' not in text and '\r' not in text
        labs='-' if code=='-' else ','.join(M[c] for c in 'HCRF' if c in code)
        assert code=='-' or len(code)==len(set(code)) and all(c in M for c in code)
        rows.append((lang,labs,text))
assert len(rows)==420
assert len(set(t.lower() for _,_,t in rows))==420
random.Random(20261201).shuffle(rows)
with open('signals-report-j.tsv','w',encoding='utf-8',newline='\n') as f:
    f.write('# Customer chat messages to an AI customer-service assistant of Dutch/Belgian organisations, labelled with conversation signals (set j, 420 messages).\n')
    f.write('# Columns: lang<TAB>labels<TAB>text; lang = nl/en/de/fr; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION in that order, or - for none.\n')
    f.write('# Written blind from label definitions and format only (no other data consulted). Frozen.\n')
    for r in rows: f.write('\t'.join(r)+'\n')
# counts table
c=collections.Counter(); tot=collections.Counter()
for lang,labs,_ in rows:
    tot[lang]+=1
    L=[] if labs=='-' else labs.split(',')
    if not L: c[(lang,'none')]+=1
    for x in L: c[(lang,x)]+=1
    if len(L)>1: c[(lang,'2+ labels')]+=1
cols=['none','HUMAN_REQUEST','COMPLAINT','HIGH_RISK_TOPIC','FRUSTRATION','2+ labels']
print('| lang | messages | '+' | '.join(cols)+' |')
print('|'+'---|'*(len(cols)+2))
for lang in ['nl','en','de','fr']:
    print(f'| {lang} | {tot[lang]} | '+' | '.join(str(c[(lang,k)]) for k in cols)+' |')
print(f'| total | {sum(tot.values())} | '+' | '.join(str(sum(c[(l,k)] for l in tot)) for k in cols)+' |')
