import random
rnd = random.Random(7303)
def bsn():
    while True:
        d = [rnd.randint(0,9) for _ in range(8)]
        s = sum(d[i]*(9-i) for i in range(8))
        last = s % 11
        if last == 10: continue
        n = d+[last]
        if sum(n[i]*(9-i) for i in range(8)) - n[8] if False else True:
            pass
        tot = sum(n[i]*(9-i) for i in range(8)) - n[8]
        if tot % 11 == 0 and n[0] != 9:
            return ''.join(map(str,n))
def bsn_lead0():
    while True:
        b = bsn()
        if b[0]=='0': return b
def luhn_ok(s):
    t=0
    for i,c in enumerate(reversed(s)):
        x=int(c)
        if i%2: x*=2; x = x-9 if x>9 else x
        t+=x
    return t%10==0
def card(prefix, length):
    while True:
        body = prefix + ''.join(str(rnd.randint(0,9)) for _ in range(length-len(prefix)-1))
        for c in '0123456789':
            if luhn_ok(body+c): return body+c
def iban(cc, bban):
    conv = ''.join(str(int(ch,36)) for ch in bban+cc+'00')
    chk = 98 - int(conv) % 97
    return f"{cc}{chk:02d}{bban}"
def digits(n): return ''.join(str(rnd.randint(0,9)) for _ in range(n))
def nl():
    bank = rnd.choice(['INGB','RABO','ABNA','SNSB','ASNB','TRIO','KNAB','BUNQ'])
    return iban('NL', bank+digits(10))
def be():
    while True:
        a = digits(10); chk = int(a)%97 or 97
        return iban('BE', a+f"{chk:02d}")
def de(): return iban('DE', digits(18))
def fr():
    return iban('FR', digits(10)+''.join(rnd.choice('0123456789') for _ in range(11))+digits(2))
print("BSN", [bsn() for _ in range(30)])
print("BSN0", [bsn_lead0() for _ in range(4)])
print("NL", [nl() for _ in range(25)])
print("BE", [be() for _ in range(6)])
print("DE", [de() for _ in range(10)])
print("FR", [fr() for _ in range(8)])
print("VISA", [card('4',16) for _ in range(8)])
print("MC", [card(rnd.choice(['51','52','53','55']),16) for _ in range(8)])
print("AMEX", [card(rnd.choice(['34','37']),15) for _ in range(3)])
print("MAESTRO", [card('6759',16) for _ in range(2)])
