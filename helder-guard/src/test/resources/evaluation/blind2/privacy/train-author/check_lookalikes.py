# flags unlabelled numbers that pass the BSN 11-check, Luhn or IBAN mod-97 (possible missed labels)
import re,glob
pat=re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
def luhn_ok(d):
    s=[int(c) for c in d][::-1]; t=0
    for i,c in enumerate(s):
        if i%2: c*=2; c-= 9 if c>9 else 0
        t+=c
    return t%10==0
def bsn_ok(d):
    d=d.zfill(9); return (sum(int(d[i])*(9-i) for i in range(8))-int(d[8]))%11==0
def iban_ok(x):
    x=x.replace(" ","").upper(); r=x[4:]+x[:4]
    try: return int(''.join(str(int(c,36)) for c in r))%97==1
    except: return False
for fn in sorted(glob.glob("items_*.txt")):
    for ln,line in enumerate(open(fn,encoding="utf-8"),1):
        un=pat.sub(" ",line)
        for m in re.finditer(r"\d[\d .\-]{6,}\d",un):
            d=re.sub(r"\D","",m.group())
            if len(d) in (8,9) and bsn_ok(d): print("BSN-valid unlabelled",fn,ln,m.group())
            if 13<=len(d)<=19 and luhn_ok(d): print("Luhn-valid unlabelled",fn,ln,m.group())
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b",un,re.I):
            if iban_ok(m.group()): print("IBAN-valid unlabelled",fn,ln,m.group())
