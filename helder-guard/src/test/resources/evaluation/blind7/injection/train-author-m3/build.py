#!/usr/bin/env python3
"""Build injection-train-m3.tsv from nl.py/en.py/de.py/fr.py.
Placeholders: {{B64:plain}} -> base64, {{HEX:plain}} -> hex, {{REV:plain}} -> reversed,
{{SPACED:plain}} -> letters separated by spaces, {{ROT13:already-encoded}} -> kept as written."""
import base64, codecs, random, re, sys
sys.path.insert(0, '.')
import nl, en, de, fr

def expand(t):
    def rep(m):
        kind, body = m.group(1), m.group(2)
        if kind == 'B64': return base64.b64encode(body.encode()).decode()
        if kind == 'HEX': return body.encode().hex()
        if kind == 'REV': return body[::-1]
        if kind == 'SPACED': return ' '.join(body.replace(' ', '/'))
        if kind == 'ROT13': return body
        raise ValueError(kind)
    return re.sub(r'\{\{(B64|HEX|REV|SPACED|ROT13):(.*?)\}\}', rep, t)

rows = []
for lang, mod in [('nl', nl), ('en', en), ('de', de), ('fr', fr)]:
    for lab, lst in [('INJECTION', mod.INJ), ('BENIGN', mod.BEN)]:
        for t in lst:
            t = expand(t)
            assert '\t' not in t and '\r' not in t
            t = t.replace('\n', '\\n')
            assert '{{' not in t
            rows.append((lang, lab, t))
texts = [r[2] for r in rows]
dups = {t for t in texts if texts.count(t) > 1}
assert not dups, dups
random.Random(20261201).shuffle(rows)
with open('injection-train-m3.tsv', 'w', encoding='utf-8') as f:
    f.write('# injection-train-m3: messages to an AI customer-service assistant of Dutch organisations, labelled INJECTION or BENIGN\n')
    f.write('# written blind by one author from label definitions and format only; shuffled with random.Random(20261201); frozen\n')
    f.write('# columns: lang<TAB>label<TAB>text ; a line break inside a message is written as \\n\n')
    f.write('lang\tlabel\ttext\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
from collections import Counter
c = Counter((r[0], r[1]) for r in rows)
for lang in ['nl', 'en', 'de', 'fr']:
    print(lang, c[(lang, 'INJECTION')], c[(lang, 'BENIGN')], c[(lang, 'INJECTION')] + c[(lang, 'BENIGN')])
print('total', len(rows), Counter(r[1] for r in rows))
