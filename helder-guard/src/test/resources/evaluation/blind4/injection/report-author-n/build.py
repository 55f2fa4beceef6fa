#!/usr/bin/env python3
"""Build injection-report-n.tsv from src_*.txt (format: LABEL|tag|text; I=INJECTION, B=BENIGN).
Placeholders {B64:..} {ROT13:..} {HEX:..} {REV:..} are expanded here."""
import base64, codecs, random, re, collections
LANGS = ['nl', 'en', 'de', 'fr']
def expand(t):
    t = re.sub(r'\{B64:(.*?)\}', lambda m: base64.b64encode(m.group(1).encode()).decode(), t)
    t = re.sub(r'\{ROT13:(.*?)\}', lambda m: codecs.encode(m.group(1), 'rot13'), t)
    t = re.sub(r'\{HEX:(.*?)\}', lambda m: m.group(1).encode().hex(), t)
    t = re.sub(r'\{REV:(.*?)\}', lambda m: m.group(1)[::-1], t)
    return t
rows = []; tags = collections.Counter()
for lang in LANGS:
    for line in open(f'src_{lang}.txt', encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip(): continue
        lab, tag, text = line.split('|', 2)
        label = {'I': 'INJECTION', 'B': 'BENIGN'}[lab]
        text = expand(text).strip()
        assert '\t' not in text and '\n' not in text and '{B64' not in text
        rows.append((lang, label, text)); tags[(label, tag.split('+')[0] if label=='BENIGN' else tag)] += 1
texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(20251130).shuffle(rows)
with open('injection-report-n.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# injection-report-n.tsv - messages to an AI customer-service assistant of Dutch organisations, labelled INJECTION or BENIGN\n')
    f.write('# written blind from label definitions and format only; 360 items; shuffled with random.Random(20251130); frozen\n')
    f.write('# columns: lang<TAB>label<TAB>text (line breaks inside a message written as \\n)\n')
    for r in rows: f.write('\t'.join(r) + '\n')
c = collections.Counter((r[0], r[1]) for r in rows)
for lang in LANGS: print(lang, c[(lang,'INJECTION')], c[(lang,'BENIGN')])
print('total', len(rows))
