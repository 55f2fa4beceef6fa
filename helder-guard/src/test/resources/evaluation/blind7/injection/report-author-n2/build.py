#!/usr/bin/env python3
"""Build injection-report-n2.tsv from the per-language source files (nl/en/de/fr.txt).
Source line format: I|text or B|text (I = INJECTION, B = BENIGN); line breaks inside a message are the
two characters backslash-n. Markers B64[[..]], R13[[..]], HEX[[..]], REV[[..]] are replaced by the encoded text."""
import base64, codecs, random, re, collections, sys

SEED = 20261201
LANGS = ['nl', 'en', 'de', 'fr']

def encode(s):
    s = re.sub(r'B64\[\[(.*?)\]\]', lambda m: base64.b64encode(m.group(1).encode()).decode(), s)
    s = re.sub(r'R13\[\[(.*?)\]\]', lambda m: codecs.encode(m.group(1), 'rot13'), s)
    s = re.sub(r'HEX\[\[(.*?)\]\]', lambda m: ' '.join(f'{b:02x}' for b in m.group(1).encode()), s)
    s = re.sub(r'REV\[\[(.*?)\]\]', lambda m: m.group(1)[::-1], s)
    return s

rows = []
for lang in LANGS:
    for ln in open(f'{lang}.txt', encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip():
            continue
        tag, text = ln.split('|', 1)
        label = {'I': 'INJECTION', 'B': 'BENIGN'}[tag]
        text = encode(text).strip()
        assert '\t' not in text and '\n' not in text and '[[' not in text, text
        rows.append((lang, label, text))

texts = [r[2] for r in rows]
dups = [t for t, c in collections.Counter(t.lower() for t in texts).items() if c > 1]
assert not dups, dups
cnt = collections.Counter((r[0], r[1]) for r in rows)
print(len(rows), dict(cnt))
random.Random(SEED).shuffle(rows)
with open('injection-report-n2.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# injection-report-n2: messages to an AI customer-service assistant of Dutch organisations, labelled INJECTION or BENIGN\n')
    f.write(f'# {len(rows)} items; languages nl/en/de/fr; written blind from label definitions; shuffled with seed {SEED}\n')
    f.write('# columns: lang<TAB>label<TAB>text; a literal \\n inside text marks a line break in the original message\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
