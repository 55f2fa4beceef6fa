import random
r = random.Random(7307)
def bsn():
    while True:
        d=[r.randint(0,9) for _ in range(8)]
        s=sum(d[i]*(9-i) for i in range(8))
        for last in range(10):
            if (s - last) % 11 == 0:
                n=''.join(map(str,d))+str(last)
                if n[0]!='0' or r.random()<0.5: return n
def iban(cc, bban):
    num=''.join(str(int(c,36)) for c in bban+cc+'00')
    ck=98-int(num)%97
    return f"{cc}{ck:02d}{bban}"
def nl():
    bank=r.choice(['INGB','RABO','ABNA','SNSB','TRIO','ASNB','KNAB','BUNQ'])
    return iban('NL', bank+''.join(str(r.randint(0,9)) for _ in range(10)))
def be(): 
    b=''.join(str(r.randint(0,9)) for _ in range(10)); c=int(b)%97 or 97
    return iban('BE', b+f"{c:02d}")
def de(): return iban('DE', ''.join(str(r.randint(0,9)) for _ in range(18)))
def fr(): return iban('FR', ''.join(str(r.randint(0,9)) for _ in range(10))+''.join(r.choice('0123456789ABCDEFGHJK') for _ in range(11))+f"{r.randint(0,99):02d}")
def luhn_ok(n):
    s=0
    for i,c in enumerate(reversed(n)):
        d=int(c)
        if i%2: d*=2; d-= 9 if d>9 else 0
        s+=d
    return s%10==0
def card(prefix, L=16):
    while True:
        n=prefix+''.join(str(r.randint(0,9)) for _ in range(L-len(prefix)-1))
        for x in range(10):
            if luhn_ok(n+str(x)): return n+str(x)
print('BSN', [bsn() for _ in range(26)])
print('NL', [nl() for _ in range(26)])
print('BE', [be() for _ in range(6)]); print('DE', [de() for _ in range(8)]); print('FR', [fr() for _ in range(7)])
print('CARD', [card(r.choice(['4','51','52','55','2221'])) for _ in range(12)], [card('37',15) for _ in range(1)])
# invalid lookalikes
def bad_bsn():
    while True:
        n=''.join(str(r.randint(0,9)) for _ in range(9))
        s=sum(int(n[i])*(9-i) for i in range(8))-int(n[8])
        if s%11: return n
def bad_card():
    while True:
        n='4'+''.join(str(r.randint(0,9)) for _ in range(15))
        if not luhn_ok(n): return n
print('BADBSN',[bad_bsn() for _ in range(5)]); print('BADCARD',[bad_card() for _ in range(4)])
b=nl(); print('BADIBAN', b[:2]+('%02d'%((int(b[2:4])+1)%100))+b[4:])
