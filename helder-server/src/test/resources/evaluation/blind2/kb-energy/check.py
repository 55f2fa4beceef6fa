# Consistency checks for the kb-energy data set.
import os, re, csv, collections
base = os.path.dirname(os.path.abspath(__file__))
adir = os.path.join(base, "articles")
arts = {}
for fn in sorted(os.listdir(adir)):
    txt = open(os.path.join(adir, fn), encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", txt, re.S)
    assert m, fn
    try:
        import yaml
        fm = yaml.safe_load(m.group(1))
    except ImportError:
        fm = {}
        for line in m.group(1).splitlines():
            k, v = line.split(":", 1); fm[k.strip()] = v.strip()
    for k in ("id", "title", "url", "locale"):
        assert fm.get(k), (fn, k)
    assert fm["id"] + ".md" == fn, fn
    assert fm["locale"] in ("nl", "en", "de", "fr")
    assert fm["url"].startswith("https://www.polderstroom.example/"), fn
    if "tags" in fm and not isinstance(fm["tags"], str):
        assert isinstance(fm["tags"], list)
    words = len(re.findall(r"\w+", m.group(2)))
    assert 150 <= words <= 350, (fn, words)
    assert fm["id"] not in arts
    arts[fm["id"]] = (fm["locale"], words)
print("articles", len(arts), collections.Counter(l for l, _ in arts.values()))
print("words min/max", min(w for _, w in arts.values()), max(w for _, w in arts.values()))
urls = set()
rows = list(csv.reader(open(os.path.join(base, "questions.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
assert rows[0] == ["locale", "expected", "question"]
rows = rows[1:]
per_art = collections.Counter(); loc = collections.Counter(); oos = collections.Counter(); cross = collections.Counter()
seen = set()
for r in rows:
    assert len(r) == 3, r
    l, e, q = r
    assert l in ("nl", "en", "de", "fr")
    assert q.strip() and q not in seen, q
    seen.add(q)
    loc[l] += 1
    if e == "-":
        oos[l] += 1; continue
    ids = e.split("|")
    for i in ids:
        assert i in arts, i
        per_art[i] += 1
    if all(arts[i][0] != l for i in ids):
        cross[l] += 1
n = len(rows); ins = n - sum(oos.values())
print("questions", n, dict(loc), {k: f"{v/n:.1%}" for k, v in loc.items()})
print("out of scope", sum(oos.values()), dict(oos), f"{sum(oos.values())/n:.1%}")
print("in scope", ins, "cross-language", sum(cross.values()), dict(cross), f"{sum(cross.values())/ins:.1%}")
low = {a: per_art[a] for a in arts if per_art[a] < 4}
print("min per article", min(per_art[a] for a in arts), "below 4:", low)
