# Build signals-report-t.tsv from the hand-written src_<lang>.txt files ("CODE | text"),
# validate, shuffle with a fixed seed, and print a counts table.
import random, collections, unicodedata
ORDER = [('H','HUMAN_REQUEST'),('C','COMPLAINT'),('R','HIGH_RISK_TOPIC'),('F','FRUSTRATION')]
rows = []
for lang in ['nl','en','de','fr']:
    for ln in open(f'src_{lang}.txt', encoding='utf-8').read().splitlines():
        if not ln.strip(): continue
        code, text = ln.split(' | ', 1)
        text = text.strip()
        assert '\t' not in text and '\n' not in text and '\r' not in text
        if code == '-':
            labels = '-'
        else:
            assert set(code) <= set('HCRF') and len(set(code)) == len(code), code
            labels = ','.join(name for k, name in ORDER if k in code)
        rows.append((lang, labels, text))
texts = [unicodedata.normalize('NFC', r[2]).lower() for r in rows]
dups = [t for t, n in collections.Counter(texts).items() if n > 1]
assert not dups, dups
random.Random(20261201).shuffle(rows)
with open('signals-report-t.tsv', 'w', encoding='utf-8') as f:
    f.write('# signals-report-t: customer chat messages to an AI customer-service assistant of Dutch/Belgian organisations, labelled with conversation signals (multi-label)\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; lang in nl,en,de,fr ; labels = comma-separated subset of HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION (in that order) or - for none\n')
    f.write('# written blind from label definitions and format only (no other data, no repository consulted); frozen\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
# counts
names = [n for _, n in ORDER]
tab = collections.defaultdict(collections.Counter)
for lang, labels, text in rows:
    c = tab[lang]; c['total'] += 1
    ls = [] if labels == '-' else labels.split(',')
    if not ls: c['none'] += 1
    if len(ls) >= 2: c['multi'] += 1
    for l in ls: c[l] += 1
cols = ['total','none'] + names + ['multi']
print('| lang | ' + ' | '.join(cols) + ' |')
print('|' + '---|' * (len(cols) + 1))
tot = collections.Counter()
for lang in ['nl','en','de','fr']:
    print(f'| {lang} | ' + ' | '.join(str(tab[lang][c]) for c in cols) + ' |')
    tot.update(tab[lang])
print('| all | ' + ' | '.join(str(tot[c]) for c in cols) + ' |')
lab = tot['total'] - tot['none']
print('labelled', lab, 'none share %.1f%%' % (100*tot['none']/tot['total']), 'multi share of labelled %.1f%%' % (100*tot['multi']/lab))
for n in names: print(n, '%.1f%% of labelled msgs, %.1f%% of label occurrences' % (100*tot[n]/lab, 100*tot[n]/sum(tot[x] for x in names)))
combos = collections.Counter(r[1] for r in rows if ',' in r[1])
print(combos.most_common())
lens = sorted(len(r[2].split()) for r in rows); print('words min/median/max', lens[0], lens[len(lens)//2], lens[-1])
