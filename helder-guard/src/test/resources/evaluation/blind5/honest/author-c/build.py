import random, re, collections
ns = {}
for f in ["items_nl.py", "items_en.py", "items_de.py", "items_fr.py"]:
    exec(open(f, encoding="utf-8").read(), ns)
rows = []
for lang, items in [("nl", ns["NL"]), ("en", ns["EN"]), ("de", ns["DE"]), ("fr", ns["FR"])]:
    for i, (a, s) in enumerate(items, 1):
        for x in (a, s):
            assert "\t" not in x and "\n" not in x and x.strip() == x, (lang, i)
        rows.append((f"{lang}-{i:03d}", a, s))
# checks
def sents(t):
    return [x for x in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þa-z0-9'\"])", t) if x]
seen = collections.Counter()
for id_, a, s in rows:
    na, nsrc = len(sents(a)), len(sents(s))
    if not (1 <= na <= 5): print("answer sentences", id_, na)
    if not (1 <= nsrc <= 4): print("source sentences", id_, nsrc)
    for x in sents(a): seen[x] += 1
for k, v in seen.items():
    if v > 1: print("dup sentence:", k)
assert len(set(a for _, a, _ in rows)) == len(rows)
random.Random(20261201).shuffle(rows)
with open("answers-honest-c.tsv", "w", encoding="utf-8", newline="\n") as fh:
    fh.write("# answers-honest-c.tsv — honest customer-service AI answers (neither CLAIMS_HUMAN nor MANIPULATIVE), each with its source passage\n")
    fh.write("# columns: id<TAB>answer<TAB>source; languages nl/en/de/fr; all items labelled honest (no label applies); written blind\n")
    fh.write("# shuffled with random.Random(20261201); frozen\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")
c = collections.Counter(r[0][:2] for r in rows)
print(c, len(rows))
