import random
rnd = random.Random(20261130)
def bsn():
    while True:
        d=[rnd.randint(0,9) for _ in range(8)]
        s=sum(d[i]*(9-i) for i in range(8))
        last=s%11
        if last==10: continue
        n=d+[last]
        if n[0]==0 and rnd.random()<0.5: continue
        return ''.join(map(str,n))
def bsn_valid(x):
    x=x.zfill(9); s=sum(int(x[i])*(9-i) for i in range(8))-int(x[8]); return s%11==0
def bsn_lead0():
    while True:
        b=bsn()
        if b[0]=='0': return b
def iban(cc, bban):
    rearr = bban+cc+'00'
    num=''.join(str(int(c,36)) for c in rearr)
    ck=98-int(num)%97
    return f"{cc}{ck:02d}{bban}"
def rd(n): return ''.join(str(rnd.randint(0,9)) for _ in range(n))
def luhn_ok(s):
    s=[int(c) for c in s][::-1]; t=0
    for i,c in enumerate(s):
        if i%2: c*=2; c-= 9 if c>9 else 0
        t+=c
    return t%10==0
def card(prefix,length):
    while True:
        body=prefix+rd(length-len(prefix)-1)
        for d in '0123456789':
            if luhn_ok(body+d): return body+d
print("BSN", [bsn() for _ in range(14)], bsn_lead0(), bsn_lead0())
banks=['ABNA','INGB','RABO','SNSB','ASNB','TRIO','KNAB','BUNQ','RBRB']
print("NL", [iban('NL', rnd.choice(banks)+rd(10)) for _ in range(14)])
print("BE", [iban('BE', rd(12)) for _ in range(4)])
print("DE", [iban('DE', rd(18)) for _ in range(5)])
print("FR", [iban('FR', rd(10)+'ABCDE'[rnd.randint(0,4)]+rd(10)+rd(2)) for _ in range(4)])
print("ES/LU", iban('ES', rd(20)), iban('LU', rd(3)+'0'+rd(12)))
print("CARD", [card('4',16) for _ in range(4)], [card(p,16) for p in ['51','53','55']], card('37',15), card('34',15))
# invalid lookalikes
def bad_bsn():
    while True:
        x=rd(9)
        if not bsn_valid(x): return x
print("BADBSN", [bad_bsn() for _ in range(5)])
ib=iban('NL','INGB'+rd(10)); bad=ib[:2]+f"{(int(ib[2:4])+3)%100:02d}"+ib[4:]
print("BADIBAN", bad)
c=card('4',16); badc=c[:-1]+str((int(c[-1])+1)%10)
print("BADCARD", badc, luhn_ok(badc))
