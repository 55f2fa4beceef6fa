import random, re, glob
rng = random.Random(4242)
def bsn(drop_zero=False):
    while True:
        d=[rng.randint(0,9) for _ in range(8)]
        if drop_zero: d[0]=0
        else:
            if d[0]==0: d[0]=rng.randint(1,6)
        s=sum((9-i)*d[i] for i in range(8))
        last=s%11
        if last<10:
            # -1 * last digit: sum - last ≡ 0 mod 11 -> last = s mod 11
            num=''.join(map(str,d))+str(last)
            return num[1:] if drop_zero else num
def bad_bsn():
    while True:
        d=[rng.randint(1,9)]+[rng.randint(0,9) for _ in range(8)]
        s=sum((9-i)*d[i] for i in range(8))-d[8]
        if s%11!=0: return ''.join(map(str,d))
def iban_check(country,bban):
    n=''.join(str(int(c,36)) for c in bban+country+'00')
    return '%02d'%(98-int(n)%97)
def iban(country):
    if country=='NL':
        bank=rng.choice(['INGB','RABO','ABNA','SNSB','ASNB','TRIO','KNAB','BUNQ'])
        bban=bank+''.join(str(rng.randint(0,9)) for _ in range(10))
    elif country=='BE':
        b=rng.randint(1,9999999999); bban='%010d'%b; bban+= '%02d'%((int(bban)%97) or 97)
    elif country=='DE':
        bban=''.join(str(rng.randint(0,9)) for _ in range(18))
    elif country=='FR':
        bban=''.join(str(rng.randint(0,9)) for _ in range(23))
    elif country=='LU':
        bban=''.join(str(rng.randint(0,9)) for _ in range(16))
    return country+iban_check(country,bban)+bban
def valid_iban(s):
    s=s.replace(' ','')
    r=s[4:]+s[:4]; return int(''.join(str(int(c,36)) for c in r))%97==1
def bad_iban(country='NL'):
    while True:
        i=iban(country); j=i[:4]+i[4:-1]+str((int(i[-1])+3)%10)
        if not valid_iban(j): return j
def luhn_ok(n):
    n=[int(c) for c in n if c.isdigit()]; s=0
    for i,x in enumerate(reversed(n)):
        if i%2: x*=2; x= x-9 if x>9 else x
        s+=x
    return s%10==0
def card(prefix=None,length=16):
    p=prefix or rng.choice(['4','51','52','55','2221','34','37'])
    if p in('34','37'): length=15
    while True:
        n=p+''.join(str(rng.randint(0,9)) for _ in range(length-len(p)))
        if luhn_ok(n): return n
def bad_card():
    while True:
        n='4'+''.join(str(rng.randint(0,9)) for _ in range(15))
        if not luhn_ok(n): return n
def grp(s,k=4,sep=' '): return sep.join(s[i:i+k] for i in range(0,len(s),k))
def dots_bsn(s): return s[:4]+'.'+s[4:6]+'.'+s[6:] if len(s)==9 else s

FUN={
 'bsn':lambda: bsn(), 'bsn_dots':lambda: dots_bsn(bsn()), 'bsn_sp':lambda: (lambda b: b[:3]+' '+b[3:6]+' '+b[6:])(bsn()),
 'bsn8':lambda: bsn(True), 'bad_bsn':bad_bsn,
 'iban_nl':lambda: iban('NL'), 'iban_nl_sp':lambda: grp(iban('NL')), 'iban_nl_low':lambda: grp(iban('NL')).lower(),
 'iban_be':lambda: grp(iban('BE')), 'iban_de':lambda: grp(iban('DE')), 'iban_de_raw':lambda: iban('DE'),
 'iban_fr':lambda: grp(iban('FR')), 'iban_lu':lambda: grp(iban('LU')),
 'bad_iban':lambda: grp(bad_iban()), 'bad_iban_raw':lambda: bad_iban(),
 'card':lambda: grp(card()), 'card_raw':lambda: card(), 'card_dash':lambda: grp(card('4'),4,'-'),
 'amex':lambda: (lambda c: c[:4]+' '+c[4:10]+' '+c[10:])(card('37')), 'bad_card':lambda: grp(bad_card()),
}
def fill(t):
    return re.sub(r'\{(\w+)\}', lambda m: FUN[m.group(1)](), t)
MARK=re.compile(r'\[\[([A-Z_]+)\|(.*?)\]\]')
rows=[]
for f in sorted(glob.glob('src_*.txt')):
    for line in open(f,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('//'): continue
        lang,raw=line.split('\t',1)
        raw=fill(raw)
        labels=[]
        for m in MARK.finditer(raw):
            lv=(m.group(1),m.group(2))
            if lv not in labels: labels.append(lv)
        text=MARK.sub(lambda m:m.group(2),raw)
        assert '\t' not in text
        for t,v in labels:
            assert v in text,(v,text)
            assert t in 'BSN IBAN CARD EMAIL PHONE POSTCODE ADDRESS DATE_OF_BIRTH ID_DOCUMENT LICENCE_PLATE IP PASSWORD PERSON_NAME SPECIAL_CATEGORY'.split(),t
        rows.append((lang,text,';'.join(f'{t}={v}' for t,v in labels)))
texts=[r[1] for r in rows]
assert len(texts)==len(set(texts)), [t for t in texts if texts.count(t)>1]
random.Random(20261130).shuffle(rows)
with open('privacy-train-k.tsv','w',encoding='utf-8') as o:
    o.write('# privacy-train-k: customer-service messages with personal data labelled (blind-authored)\n')
    o.write('# columns: lang<TAB>text<TAB>labels ; labels = TYPE=value;TYPE=value ; literal \\n = line break\n')
    o.write('# types: BSN IBAN CARD EMAIL PHONE POSTCODE ADDRESS DATE_OF_BIRTH ID_DOCUMENT LICENCE_PLATE IP PASSWORD PERSON_NAME SPECIAL_CATEGORY\n')
    for r in rows: o.write('\t'.join(r)+'\n')
from collections import Counter
c=Counter((r[0], 'none' if not r[2] else 'pii') for r in rows)
tc=Counter()
for r in rows:
    for l in filter(None,r[2].split(';')): tc[(r[0],l.split('=')[0])]+=1
print(len(rows)); print(sorted(c.items()))
for t in sorted({k[1] for k in tc}): print(t,{l:tc[(l,t)] for l in ['nl','en','de','fr']})
