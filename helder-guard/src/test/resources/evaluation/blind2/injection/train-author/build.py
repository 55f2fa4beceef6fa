#!/usr/bin/env python3
"""Build injection-train-a.tsv from the hand-written item lists nl.py/en.py/de.py/fr.py.
Encoded payloads are written in the sources as <<B64:..>>, <<ROT13:..>>, <<HEX:..>>, <<REV:..>>, <<CAESAR3:..>>
and encoded here. Shuffled with a fixed seed."""
import base64, codecs, random, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nl, en, de, fr

def caesar(s, k):
    out = []
    for c in s:
        if 'a' <= c <= 'z': out.append(chr((ord(c)-97+k) % 26 + 97))
        elif 'A' <= c <= 'Z': out.append(chr((ord(c)-65+k) % 26 + 65))
        else: out.append(c)
    return ''.join(out)

ENC = {
    'B64': lambda s: base64.b64encode(s.encode('utf-8')).decode('ascii'),
    'ROT13': lambda s: codecs.encode(s, 'rot13'),
    'HEX': lambda s: s.encode('utf-8').hex(),
    'REV': lambda s: s[::-1],
    'CAESAR3': lambda s: caesar(s, 3),
}
def encode(t):
    return re.sub(r'<<(B64|ROT13|HEX|REV|CAESAR3):(.*?)>>', lambda m: ENC[m.group(1)](m.group(2)), t)

rows = []
for lang, mod in [('nl', nl), ('en', en), ('de', de), ('fr', fr)]:
    for label, tag, text in mod.ITEMS:
        t = encode(text)
        assert '\t' not in t and '\r' not in t
        t = t.replace('\n', '\\n')
        assert not re.search(r'<<(B64|ROT13|HEX|REV|CAESAR3):', t), t
        rows.append((lang, label, t, tag))

texts = [r[2] for r in rows]
dups = [t for t, c in Counter(texts).items() if c > 1]
assert not dups, dups
random.Random(20261130).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'injection-train-a.tsv')
with open(out, 'w', encoding='utf-8') as f:
    f.write('# injection-train-a: messages to an AI customer-service assistant, labelled INJECTION or BENIGN\n')
    f.write('# written blind (from label definitions and format only); 400 items; shuffled with seed 20261130; frozen\n')
    f.write('# columns: lang<TAB>label<TAB>text (a line break inside a message is written as the two characters \\n)\n')
    for lang, label, t, tag in rows:
        f.write(f'{lang}\t{label}\t{t}\n')
c = Counter((r[0], r[1]) for r in rows)
print(len(rows), sorted(c.items()))
tags = Counter((r[1], r[3]) for r in rows)
for k, v in sorted(tags.items()): print(k, v)
