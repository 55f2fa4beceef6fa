"""Build signals-report-c.tsv from the hand-written item lists (items_*.py). Validates, counts, shuffles (seed 20261130)."""
import random, re, sys, itertools
from collections import Counter
from items_nl import NL
from items_en import EN
from items_de import DE
from items_fr import FR

CODE = {'H': 'HUMAN_REQUEST', 'C': 'COMPLAINT', 'R': 'HIGH_RISK_TOPIC', 'F': 'FRUSTRATION'}
ORDER = 'HCRF'
rows = []
for lang, items in [('nl', NL), ('en', EN), ('de', DE), ('fr', FR)]:
    for codes, text in items:
        if codes == '-':
            labels = '-'
        else:
            cs = codes.split(',')
            assert cs == sorted(cs, key=ORDER.index) and len(set(cs)) == len(cs), codes
            labels = ','.join(CODE[c] for c in cs)
        assert '\t' not in text and '\n' not in text and text == text.strip(), text
        rows.append((lang, labels, text))

texts = [t for _, _, t in rows]
dups = [t for t, n in Counter(t.lower() for t in texts).items() if n > 1]
assert not dups, dups

# near-duplicate check within a language (word-set Jaccard)
def toks(t): return set(re.findall(r'\w+', t.lower()))
warn = 0
for a, b in itertools.combinations(rows, 2):
    if a[0] != b[0]: continue
    ta, tb = toks(a[2]), toks(b[2])
    if min(len(ta), len(tb)) < 4: continue
    j = len(ta & tb) / len(ta | tb)
    if j > 0.45:
        warn += 1; print('NEAR-DUP %.2f | %s | %s' % (j, a[2], b[2]), file=sys.stderr)

random.Random(20261130).shuffle(rows)
with open('signals-report-c.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# signals-report-c: customer chat messages to AI customer-service assistants of Dutch organisations, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION)\n')
    f.write('# columns: lang<TAB>labels<TAB>text ; lang in nl/en/de/fr ; labels = comma-separated subset in the order HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION, or - for none\n')
    f.write('# written blind from label definitions and format only (no other data consulted); 420 messages; lines shuffled with random.Random(20261130)\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')

# counts table
langs = ['nl', 'en', 'de', 'fr']
labs = list(CODE.values())
print('total', len(rows))
hdr = ['lang', 'total', 'none'] + labs + ['multi-label']
print('| ' + ' | '.join(hdr) + ' |')
print('|' + '---|' * len(hdr))
def line(name, rs):
    vals = [len(rs), sum(r[1] == '-' for r in rs)] + [sum(l in r[1].split(',') for r in rs) for l in labs] + [sum(',' in r[1] for r in rs)]
    print('| ' + ' | '.join([name] + [str(v) for v in vals]) + ' |')
for lg in langs:
    line(lg, [r for r in rows if r[0] == lg])
line('all', rows)
lab = [r for r in rows if r[1] != '-']
print('labelled', len(lab), 'none share %.1f%%' % (100 * (len(rows) - len(lab)) / len(rows)), 'multi share of labelled %.1f%%' % (100 * sum(',' in r[1] for r in lab) / len(lab)))
print('combos', Counter(r[1] for r in lab).most_common())
print('near-dup warnings', warn)
