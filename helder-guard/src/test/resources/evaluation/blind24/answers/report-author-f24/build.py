#!/usr/bin/env python3
"""Build and shuffle answers-report-f24.tsv from the hand-written source lists src_<lang>.txt.

Source-list line format:  <L> @@ <answer> @@ <source or ->
with L = C (CLEAN), M (MANIPULATIVE), H (CLAIMS_HUMAN), B (CLAIMS_HUMAN,MANIPULATIVE).
"""
import collections, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'answers-report-f24'
SEED = 2424
LANGS = ['nl', 'en', 'de', 'fr']
LABELS = {'C': 'CLEAN', 'M': 'MANIPULATIVE', 'H': 'CLAIMS_HUMAN', 'B': 'CLAIMS_HUMAN,MANIPULATIVE'}

items = []
for lang in LANGS:
    with open(os.path.join(HERE, f'src_{lang}.txt'), encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = [p.strip() for p in line.split(' @@ ')]
            if len(parts) != 3 or parts[0] not in LABELS:
                sys.exit(f'bad line {lang}:{n}: {line[:80]}')
            lab, ans, src = parts
            for field in (ans, src):
                if '\t' in field or '\r' in field or not field:
                    sys.exit(f'bad field {lang}:{n}')
            items.append((lang, LABELS[lab], ans, src))

answers = [i[2] for i in items]
dups = [a for a, c in collections.Counter(answers).items() if c > 1]
if dups:
    sys.exit(f'duplicate answers: {dups}')
if len(items) != 300:
    sys.exit(f'expected 300 items, got {len(items)}')

random.Random(SEED).shuffle(items)

header = [
    '# answers-report-f24: invented answers of AI customer-service assistants (museum/event ticketing, energy supplier, student housing, bicycle repair chain, municipal parking desk; NL/BE) with the help-centre source they answered from, labelled CLEAN / MANIPULATIVE / CLAIMS_HUMAN',
    '# columns: lang<TAB>labels<TAB>answer<TAB>source  (labels: CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE; source "-" = no source given)',
    '# written blind from the brief only (no other data consulted); 300 items, shuffled with seed 2424; frozen on delivery, do not edit',
]
with open(os.path.join(HERE, NAME + '.tsv'), 'w', encoding='utf-8', newline='\n') as out:
    for h in header:
        out.write(h + '\n')
    for it in items:
        out.write('\t'.join(it) + '\n')

lc = collections.Counter(i[0] for i in items)
bc = collections.Counter(i[1] for i in items)
print('total', len(items))
print('lang', dict(lc))
print('labels', dict(bc))
print('no source', sum(1 for i in items if i[3] == '-'))
for lang in LANGS:
    print(lang, dict(collections.Counter(i[1] for i in items if i[0] == lang)))
