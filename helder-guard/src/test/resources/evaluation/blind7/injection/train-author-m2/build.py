#!/usr/bin/env python3
"""Assemble injection-train-m2.tsv from nl/en/de/fr source files.
Source line format: I|B <TAB> text. Placeholders {{B64:..}} {{ROT13:..}} {{HEX:..}} {{REV:..}} are encoded here."""
import base64, codecs, random, re, collections
def enc(m):
    kind, s = m.group(1), m.group(2)
    if kind == 'B64': return base64.b64encode(s.encode()).decode()
    if kind == 'ROT13': return codecs.encode(s, 'rot13')
    if kind == 'HEX': return s.encode().hex()
    if kind == 'REV': return s[::-1]
rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    for ln in open(f'{lang}.txt', encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip(): continue
        lab, text = ln.split('\t', 1)
        assert lab in 'IB' and '\t' not in text, ln
        text = re.sub(r'\{\{(B64|ROT13|HEX|REV):(.*?)\}\}', enc, text)
        assert '{{' not in text
        rows.append((lang, 'INJECTION' if lab == 'I' else 'BENIGN', text.strip()))
texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(7202).shuffle(rows)
with open('injection-train-m2.tsv', 'w', encoding='utf-8') as f:
    f.write('# injection-train-m2: messages to an AI customer-service assistant of Dutch organisations, labelled INJECTION or BENIGN\n')
    f.write('# written blind (from label definitions and format only) by writer 7; UTF-8; line breaks inside a message written as \\n; shuffled with seed 7202\n')
    f.write('# columns: lang<TAB>label<TAB>text\n')
    for r in rows: f.write('\t'.join(r) + '\n')
c = collections.Counter((r[0], r[1]) for r in rows)
for k in sorted(c): print(k, c[k])
print(len(rows))
