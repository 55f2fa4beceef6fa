# Builds signals-train-w.tsv from the hand-written src_*.txt files (code|text per line).
import random, collections, sys
CODES={'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
ORDER='HCRF'
rows=[]
for lang in ['nl','en','de','fr']:
    for line in open(f'src_{lang}.txt',encoding='utf-8').read().splitlines():
        code,text=line.split('|',1)
        text=text.strip()
        assert '\t' not in text and '\n' not in text and text
        if code=='-': labels='-'
        else:
            assert all(c in ORDER for c in code) and len(set(code))==len(code), line
            labels=','.join(CODES[c] for c in ORDER if c in code)
        rows.append((lang,labels,text))
texts=[r[2].lower() for r in rows]
d=[t for t,n in collections.Counter(texts).items() if n>1]
assert not d, d
random.Random(20261201).shuffle(rows)
with open('signals-train-w.tsv','w',encoding='utf-8',newline='\n') as f:
    f.write('# signals-train-w: customer chat messages to an AI customer-service assistant of Dutch organisations, labelled with conversation signals (nl/en/de/fr)\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or -\n')
    f.write('# written blind from label definitions and format only (no other data consulted); shuffled with seed 20261201; frozen\n')
    for r in rows: f.write('\t'.join(r)+'\n')
print(len(rows))
