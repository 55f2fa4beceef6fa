import re
def elf(s):
    d=re.sub(r'\D','',s).zfill(9); return sum((9-i)*int(d[i]) for i in range(8))-int(d[8])
def ib(s):
    s=s.replace(' ','').upper(); r=s[4:]+s[:4]; return int(''.join(str(int(c,36)) for c in r))%97==1
def luhn(s):
    n=[int(c) for c in s if c.isdigit()]; t=0
    for i,x in enumerate(reversed(n)):
        if i%2: x*=2; x=x-9 if x>9 else x
        t+=x
    return t%10==0
rows=[l.rstrip('\n').split('\t') for l in open('privacy-train-k.tsv',encoding='utf-8') if not l.startswith('#')]
assert all(len(r)==3 for r in rows)
for lang,text,lab in rows:
    for kv in filter(None,lab.split(';')):
        t,v=kv.split('=',1)
        assert v in text
        if t=='BSN': assert elf(v)%11==0,v
        if t=='IBAN': assert ib(v),v
        if t=='CARD': assert luhn(v),v
        if t=='PERSON_NAME' and re.match(r'(dhr|mr|mevr|mme|dr|drs|herr|frau|m\.)\b',v,re.I): print('TITLE?',v)
print('all ok',len(rows))
