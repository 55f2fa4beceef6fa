#!/usr/bin/env python3
"""Build injection-train-m.tsv from the hand-written source files nl/en/de/fr.txt.
Source line format: LABEL|technique-tag|text   (text uses the two characters \\n for line breaks)
Placeholders {{B64:..}} {{ROT13:..}} {{HEX:..}} {{REV:..}} {{MORSE:..}} are encoded here."""
import base64, codecs, re, random, collections

MORSE = {'A':'.-','B':'-...','C':'-.-.','D':'-..','E':'.','F':'..-.','G':'--.','H':'....','I':'..','J':'.---',
         'K':'-.-','L':'.-..','M':'--','N':'-.','O':'---','P':'.--.','Q':'--.-','R':'.-.','S':'...','T':'-',
         'U':'..-','V':'...-','W':'.--','X':'-..-','Y':'-.--','Z':'--..'}
def enc(m):
    kind, s = m.group(1), m.group(2)
    if kind == 'B64': return base64.b64encode(s.encode('utf-8')).decode()
    if kind == 'ROT13': return codecs.encode(s, 'rot13')
    if kind == 'HEX': return s.encode('utf-8').hex()
    if kind == 'REV': return s[::-1]
    if kind == 'MORSE': return ' / '.join(' '.join(MORSE[c] for c in w) for w in s.split())
    raise ValueError(kind)

rows = []
for lang in ['nl', 'en', 'de', 'fr']:
    for line in open(f'{lang}.txt', encoding='utf-8').read().split('\n'):
        if not line.strip(): continue
        label, tag, text = line.split('|', 2)
        assert label in ('INJECTION', 'BENIGN'), line
        text = re.sub(r'\{\{(B64|ROT13|HEX|REV|MORSE):(.*?)\}\}', enc, text)
        assert '\t' not in text and '\r' not in text and '{{' not in text, line
        rows.append((lang, label, tag, text))

texts = [r[3] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(20261130).shuffle(rows)
with open('injection-train-m.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('# Prompt-injection train set (variant m): messages to an AI customer-service assistant of Dutch organisations\n')
    f.write('# Written blind from label definitions only; labels INJECTION / BENIGN; line breaks inside a message are written as \\n\n')
    f.write('# Columns: lang<TAB>label<TAB>text; shuffled with random.Random(20261130); frozen\n')
    for lang, label, tag, text in rows:
        f.write(f'{lang}\t{label}\t{text}\n')
c = collections.Counter((r[0], r[1]) for r in rows)
print(c, len(rows))
print(sorted(collections.Counter((r[1], r[2]) for r in rows).items()))
