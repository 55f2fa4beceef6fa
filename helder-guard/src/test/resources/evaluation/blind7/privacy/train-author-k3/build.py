import re, random, collections, sys
files=['items_nl_a.txt','items_nl_b.txt','items_en.txt','items_de.txt','items_fr.txt']
items=[]
for f in files:
    for ln,line in enumerate(open(f,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip(): continue
        parts=line.split(' :: ')
        assert len(parts)==3 or (len(parts)==2 and line.endswith(' :: ')) or (len(parts)==3), (f,ln,line)
        if len(parts)==2:
            lang,text=parts; labels=''
            text=text[:-4] if text.endswith(' :: ') else text
        else:
            lang,text,labels=parts
        lang=lang.strip(); text=text.rstrip(); labels=labels.strip()
        if text.endswith(' ::'): text=text[:-3]
        items.append((lang,text,labels,f,ln))
def digits(s): return re.sub(r'\D','',s)
def bsn_ok(v):
    d=digits(v)
    if len(d)==8: d='0'+d
    if len(d)!=9: return False
    return (sum(int(d[i])*(9-i) for i in range(8))-int(d[8]))%11==0
def luhn(v):
    d=digits(v); t=0
    for i,c in enumerate(reversed(d)):
        x=int(c)
        if i%2: x*=2; x=x-9 if x>9 else x
        t+=x
    return t%10==0 and 13<=len(d)<=19
def iban_ok(v):
    s=re.sub(r'\s','',v).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}',s): return False
    r=s[4:]+s[:4]; return int(''.join(str(int(c,36)) for c in r))%97==1
errs=0
TYPES={'BSN','IBAN','CARD','EMAIL','PHONE','POSTCODE','ADDRESS','DATE_OF_BIRTH','ID_DOCUMENT','LICENCE_PLATE','IP','PASSWORD','PERSON_NAME','SPECIAL_CATEGORY'}
cnt=collections.Counter(); typecnt=collections.Counter(); seen=set()
for lang,text,labels,f,ln in items:
    if '\t' in text: print('TAB',f,ln); errs+=1
    if text in seen: print('DUP',f,ln); errs+=1
    seen.add(text)
    vals=[]
    if labels:
        for kv in labels.split(';'):
            t,v=kv.split('=',1)
            if t not in TYPES: print('TYPE?',f,ln,t); errs+=1
            if v not in text: print('MISSING',f,ln,repr(v)); errs+=1
            if (t,v) in vals: print('REPEAT',f,ln,v); errs+=1
            vals.append((t,v)); typecnt[(lang,t)]+=1
            if t=='BSN' and len(digits(v))>=8 and not bsn_ok(v): print('BADBSN',f,ln,v); errs+=1
            if t=='IBAN' and not iban_ok(v): print('BADIBAN',f,ln,v); errs+=1
            if t=='CARD' and not luhn(v): print('BADCARD',f,ln,v); errs+=1
    cnt[(lang,'pii' if labels else 'none')]+=1
    # unlabelled lookalikes report
    for m in re.finditer(r'\b[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]{2,4}){3,8}\b',text):
        if not any(v==m.group(0) or m.group(0) in v or v in m.group(0) for t,v in vals):
            print('LOOKALIKE-IBAN',f,ln,m.group(0),'valid' if iban_ok(m.group(0)) else 'invalid')
    for m in re.finditer(r'(?<![\w])\d[\d .-]{7,22}\d(?![\w])',text):
        g=m.group(0); d=digits(g)
        if any(g in v or v in g for t,v in vals): continue
        flags=[]
        if len(d) in (8,9) and bsn_ok(g): flags.append('BSN-valid')
        if 13<=len(d)<=19 and luhn(g): flags.append('luhn-valid')
        if flags: print('CHECK',f,ln,g,flags)
print('errors',errs)
for k in sorted(cnt): print(k,cnt[k])
if '--write' in sys.argv and errs==0:
    rows=[(l,t.replace('\n','\\n'),lab) for l,t,lab,f,ln in items]
    random.Random(20261201).shuffle(rows)
    with open('privacy-train-k3.tsv','w',encoding='utf-8') as o:
        o.write('# privacy-train-k3: customer-service messages with personal data labelled (blind author writer7)\n')
        o.write('# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value (values verbatim from text, first occurrence), empty = no personal data\n')
        o.write('# a line break inside a message is written as the two characters \\n ; shuffled with seed 20261201 ; frozen\n')
        for r in rows: o.write('\t'.join(r)+'\n')
    print('written',len(rows))
    tc=collections.Counter(t for (l,t),n in typecnt.items() for _ in range(n))
    print(tc)
