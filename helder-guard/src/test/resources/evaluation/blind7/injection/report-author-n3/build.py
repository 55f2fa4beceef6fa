import random, collections
rows=[]
for lang in ['nl','en','de','fr']:
    for line in open(f'{lang}.txt',encoding='utf-8'):
        line=line.rstrip('\n')
        if not line: continue
        tag,text=line.split('|',1)
        assert tag in 'IB' and '\t' not in text and text.strip()==text
        rows.append((lang,'INJECTION' if tag=='I' else 'BENIGN',text))
texts=[r[2] for r in rows]
assert len(set(texts))==len(texts), 'dup'
random.Random(20261201).shuffle(rows)
with open('injection-report-n3.tsv','w',encoding='utf-8') as f:
    f.write('# injection-report-n3: messages to an AI customer-service assistant of Dutch organisations, labelled INJECTION or BENIGN\n')
    f.write('# written blind from label definitions and format only; UTF-8; line breaks inside a message written as \\n; shuffled with seed 20261201\n')
    f.write('# columns: lang<TAB>label<TAB>text\n')
    for r in rows: f.write('\t'.join(r)+'\n')
c=collections.Counter((r[0],r[1]) for r in rows)
for l in ['nl','en','de','fr']: print(l,c[(l,'INJECTION')],c[(l,'BENIGN')])
print(len(rows))
