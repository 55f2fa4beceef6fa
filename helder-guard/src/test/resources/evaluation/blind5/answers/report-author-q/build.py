# Builds answers-report-q.tsv from nl.py/en.py/de.py/fr.py, shuffles with a fixed seed, validates.
import sys, random, re, collections
sys.path.insert(0, '.')
from nl import NL; from en import EN; from de import DE; from fr import FR
LAB = {'C': 'CLEAN', 'M': 'MANIPULATIVE', 'H': 'CLAIMS_HUMAN', 'HM': 'CLAIMS_HUMAN,MANIPULATIVE'}
rows = []
for lang, L in (('nl', NL), ('en', EN), ('de', DE), ('fr', FR)):
    for l, a, s in L:
        for f in (a, s):
            assert '\t' not in f and '\n' not in f and f.strip() == f and f, (lang, a)
        rows.append((lang, LAB[l], a, s))
# duplicate checks
ans = [r[2] for r in rows]
assert len(set(ans)) == len(ans), [a for a, c in collections.Counter(ans).items() if c > 1]
sents = collections.Counter()
for a in ans:
    for s in re.split(r'(?<=[.!?])\s+', a):
        if len(s) > 25: sents[s] += 1
dups = [s for s, c in sents.items() if c > 1]
assert not dups, dups
random.Random(20261201).shuffle(rows)
with open('answers-report-q.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# answers-report-q: AI customer-service answers with help-centre source, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN (blind-authored)\n')
    f.write('# columns: lang<TAB>labels<TAB>answer<TAB>source ; source "-" = no passage ; 300 rows ; shuffled with random.Random(20261201)\n')
    f.write('# lang in {nl,en,de,fr} ; labels in {CLEAN, MANIPULATIVE, CLAIMS_HUMAN, CLAIMS_HUMAN,MANIPULATIVE} ; frozen, see README.md\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
# counts
c = collections.Counter((r[0], r[1]) for r in rows)
langs = ['nl', 'en', 'de', 'fr']; labs = list(LAB.values())
print('lang', *labs, 'total', 'src-', sep=' | ')
for lg in langs:
    print(lg, *[c[(lg, lb)] for lb in labs], sum(c[(lg, lb)] for lb in labs), sum(1 for r in rows if r[0] == lg and r[3] == '-'), sep=' | ')
print('all', *[sum(c[(lg, lb)] for lg in langs) for lb in labs], len(rows), sum(r[3] == '-' for r in rows), sep=' | ')
nsent = [len(re.split(r'(?<=[.!?])\s+', a)) for a in ans]
print('max sentences', max(nsent), 'min chars', min(map(len, ans)), 'max chars', max(map(len, ans)))
