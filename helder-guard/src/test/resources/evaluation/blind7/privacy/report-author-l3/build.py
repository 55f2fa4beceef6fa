import random, re, sys
blocks=[]
for f in ['nl1.txt','nl2.txt','en.txt','de.txt','fr.txt','extra.txt']:
    for b in open(f,encoding='utf-8').read().split('\n----\n'):
        b=b.strip('\n')
        if not b: continue
        lines=b.split('\n')
        lang=lines[0].strip(); assert lang in ('nl','en','de','fr'),(f,b)
        lab=[l for l in lines if l.startswith('=>')]; assert len(lab)==1,(f,b)
        text=' '.join(l for l in lines[1:] if not l.startswith('=>')).strip()
        labs=[x.strip() for x in lab[0][2:].split(' | ') if x.strip()]
        pairs=[]
        for x in labs:
            t,v=x.split('=',1); pairs.append((t,v))
        blocks.append((lang,text,pairs,f))
TYPES={'BSN','IBAN','CARD','EMAIL','PHONE','POSTCODE','ADDRESS','DATE_OF_BIRTH','ID_DOCUMENT','LICENCE_PLATE','IP','PASSWORD','PERSON_NAME','SPECIAL_CATEGORY'}
def bsn_ok(v):
    d=re.sub(r'\D','',v); d=d.zfill(9)
    return len(d)==9 and (sum(int(d[i])*(9-i) for i in range(8))-int(d[8]))%11==0
def luhn(v):
    d=re.sub(r'\D','',v); s=0
    for i,c in enumerate(reversed(d)):
        n=int(c)
        if i%2: n*=2; n-= 9 if n>9 else 0
        s+=n
    return s%10==0
def iban_ok(v):
    d=re.sub(r'\s','',v); d=d[4:]+d[:4]
    return int(''.join(str(int(c,36)) for c in d))%97==1
err=0; texts=set()
for lang,text,pairs,f in blocks:
    if '\t' in text: print('TAB',text); err+=1
    if text in texts: print('DUP',text); err+=1
    texts.add(text)
    seen=set()
    for t,v in pairs:
        if t not in TYPES: print('TYPE',t,text); err+=1
        if v not in text: print('MISSING',t,v,'|',text); err+=1
        if ';' in v or '=' in v: print('SEP',v); err+=1
        if (t,v) in seen: print('REP',v); err+=1
        seen.add((t,v))
        if t=='BSN' and not bsn_ok(v): print('BADBSN',v); err+=1
        if t=='CARD' and not luhn(v): print('BADCARD',v); err+=1
        if t=='IBAN' and not iban_ok(v): print('BADIBAN',v); err+=1
print('errors',err, 'n',len(blocks))
from collections import Counter
c=Counter(); tc=Counter()
for lang,text,pairs,f in blocks:
    c[(lang,'with' if pairs else 'none')]+=1
    for t,v in pairs: tc[(lang,t)]+=1
for l in ['nl','en','de','fr']:
    print(l, c[(l,'with')], c[(l,'none')])
print({t:sum(tc[(l,t)] for l in ['nl','en','de','fr']) for t in sorted(TYPES)})
if '--write' in sys.argv:
    random.Random(20261201).shuffle(blocks)
    with open('privacy-report-l3.tsv','w',encoding='utf-8') as o:
        o.write('# privacy-report-l3: customer-service messages with personal data labelled (written blind)\n')
        o.write('# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (empty = no personal data); line breaks in text written as \\n\n')
        o.write('# 360 items, languages nl/en/de/fr, shuffled with seed 20261201; frozen\n')
        for lang,text,pairs,f in blocks:
            o.write(f"{lang}\t{text}\t{';'.join(t+'='+v for t,v in pairs)}\n")
    import json; json.dump({'counts':{f'{k[0]}_{k[1]}':v for k,v in c.items()},'types':{f'{k[0]}_{k[1]}':v for k,v in tc.items()}},open('stats.json','w'),indent=1)
