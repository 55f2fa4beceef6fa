import collections,sys,re
files={'nl':['nl1.txt','nl2.txt'],'en':['en.txt'],'de':['de.txt'],'fr':['fr.txt']}
M={'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
tot=collections.Counter(); per=collections.defaultdict(collections.Counter); texts=[]
for lang,fs in files.items():
    for f in fs:
        for ln in open(f,encoding='utf-8'):
            ln=ln.rstrip('\n')
            if not ln.strip(): continue
            code,text=ln.split(' :: ',1)
            assert '\t' not in text
            codes=[] if code=='-' else code.split(',')
            for c in codes: assert c in M,(ln)
            texts.append(text)
            per[lang]['n']+=1
            if not codes: per[lang]['none']+=1
            else:
                per[lang]['labelled']+=1
                if len(codes)>1: per[lang]['multi']+=1
            for c in codes: per[lang][c]+=1
for lang in per: print(lang,dict(per[lang]))
T=collections.Counter()
for l in per: T+=per[l]
print('TOTAL',dict(T))
d=[t for t,c in collections.Counter(texts).items() if c>1]; print('dups',d)
