#!/usr/bin/env python3
"""Checks on privacy-report-l2.tsv: every value occurs in its text; BSN 11-proof, IBAN mod-97, CARD Luhn;
invalid look-alikes; first occurrence of short values."""
import re
def luhn_ok(n):
    t=0
    for i,c in enumerate(reversed(n)):
        d=int(c)
        if i%2: d*=2; d=d-9 if d>9 else d
        t+=d
    return t%10==0
def bsn_ok(s):
    d=re.sub(r'\D','',s); d=d.zfill(9)
    return len(d)==9 and (sum(int(d[i])*(9-i) for i in range(8))-int(d[8]))%11==0
def iban_ok(s):
    s=s.replace(' ','').upper(); r=s[4:]+s[:4]
    return int(''.join(str(int(c,36)) for c in r))%97==1
rows=[l.rstrip('\n').split('\t') for l in open('privacy-report-l2.tsv',encoding='utf-8') if not l.startswith('#')]
bad=0
for lang,text,labs in rows:
    for x in filter(None,labs.split(';')):
        t,v=x.split('=',1)
        assert v in text,(v,text)
        if t=='BSN' and not bsn_ok(v): print('BAD BSN',v); bad+=1
        if t=='IBAN' and not iban_ok(v): print('BAD IBAN',v); bad+=1
        if t=='CARD' and not luhn_ok(re.sub(r'\D','',v)): print('BAD CARD',v); bad+=1
    # invalid look-alikes present unlabelled
    for m in re.findall(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b',text):
        if m not in labs: print('unlabelled IBAN-like:',m,'valid' if iban_ok(m) else 'invalid')
    for m in re.findall(r'\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b',text):
        if m not in labs: print('unlabelled card-like:',m,'valid' if luhn_ok(re.sub(r'\D','',m)) else 'invalid')
print(len(rows),'rows, bad',bad)
