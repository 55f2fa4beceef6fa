# Builds signals-train-z.tsv from the hand-written source files (nl1/nl2/en/de/fr .txt).
import random, collections
files={'nl':['nl1.txt','nl2.txt'],'en':['en.txt'],'de':['de.txt'],'fr':['fr.txt']}
M={'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
ORDER=['H','C','R','F']
rows=[]
for lang,fs in files.items():
    for f in fs:
        for ln in open(f,encoding='utf-8'):
            ln=ln.rstrip('\n')
            if not ln.strip(): continue
            code,text=ln.split(' :: ',1)
            text=text.strip()
            assert '\t' not in text and '\n' not in text and '\r' not in text
            codes=[] if code=='-' else code.split(',')
            assert len(set(codes))==len(codes) and all(c in M for c in codes)
            labels=','.join(M[c] for c in ORDER if c in codes) or '-'
            rows.append((lang,labels,text))
assert len(rows)==450, len(rows)
assert len(set(r[2] for r in rows))==450
random.Random(20261201).shuffle(rows)
with open('signals-train-z.tsv','w',encoding='utf-8',newline='\n') as out:
    out.write('# signals-train-z: 450 customer chat messages (nl/en/de/fr) to an AI customer-service assistant of Dutch organisations, labelled with conversation signals\n')
    out.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or - for none\n')
    out.write('# written blind from label definitions and format only (no other data consulted); shuffled with seed 20261201; frozen\n')
    for r in rows: out.write('\t'.join(r)+'\n')
# stats
per=collections.defaultdict(collections.Counter)
for lang,labels,text in rows:
    ls=[] if labels=='-' else labels.split(',')
    for key in (lang,'all'):
        per[key]['messages']+=1
        per[key]['no label' if not ls else 'labelled']+=1
        if len(ls)>1: per[key]['2+ labels']+=1
        for l in ls: per[key][l]+=1
cols=['messages','no label','labelled','2+ labels','HUMAN_REQUEST','COMPLAINT','HIGH_RISK_TOPIC','FRUSTRATION']
print('| lang | '+' | '.join(cols)+' |'); print('|'+'---|'*(len(cols)+1))
for k in ['nl','en','de','fr','all']:
    print('| '+k+' | '+' | '.join(str(per[k][c]) for c in cols)+' |')
