# builds signals-train-u.tsv from src_*.txt (format: CODES|| text), shuffles with fixed seed
import random, collections
M = {'H':'HUMAN_REQUEST','C':'COMPLAINT','R':'HIGH_RISK_TOPIC','F':'FRUSTRATION'}
rows = []
for lang in ['nl','en','de','fr']:
    for line in open(f'src_{lang}.txt', encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip(): continue
        code, text = line.split('|| ', 1)
        text = text.strip()
        assert '\t' not in text and '\r' not in text
        labels = '-' if code == '-' else ','.join(M[c] for c in 'HCRF' if c in code)
        assert code == '-' or len(code) == len(set(code)) and set(code) <= set('HCRF')
        rows.append((lang, labels, text))
texts = [r[2] for r in rows]
dups = [t for t, n in collections.Counter(x.lower() for x in texts).items() if n > 1]
assert not dups, dups
random.Random(20261201).shuffle(rows)
with open('signals-train-u.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# signals-train-u: customer chat messages (nl incl. Flemish, en, de, fr incl. Belgian French) labelled with conversation signals HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; labels = comma-separated subset in order HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION, or - for none\n')
    f.write('# written blind from label definitions and format (no existing data or code consulted); 450 items; shuffled with seed 20261201\n')
    for r in rows: f.write('\t'.join(r) + '\n')
# stats
tab = collections.defaultdict(collections.Counter)
for lang, labels, _ in rows:
    tab[lang]['total'] += 1
    if labels == '-': tab[lang]['none'] += 1
    else:
        ls = labels.split(',')
        tab[lang]['labelled'] += 1
        if len(ls) > 1: tab[lang]['multi'] += 1
        for l in ls: tab[lang][l] += 1
cols = ['total','none','labelled','multi','HUMAN_REQUEST','COMPLAINT','HIGH_RISK_TOPIC','FRUSTRATION']
print('| lang | ' + ' | '.join(cols) + ' |')
print('|' + '---|'*(len(cols)+1))
allc = collections.Counter()
for lang in ['nl','en','de','fr']:
    allc.update(tab[lang])
    print(f'| {lang} | ' + ' | '.join(str(tab[lang][c]) for c in cols) + ' |')
print('| all | ' + ' | '.join(str(allc[c]) for c in cols) + ' |')
combo = collections.Counter(r[1] for r in rows if ',' in r[1])
print(combo)
