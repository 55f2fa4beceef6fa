# Helper: assembles the per-language draft files (code|text) into signals-train-x.tsv
import random, collections, re
CODES = {"H":"HUMAN_REQUEST","C":"COMPLAINT","R":"HIGH_RISK_TOPIC","F":"FRUSTRATION"}
ORDER = "HCRF"
rows = []
for lang in ["nl","en","de","fr"]:
    for ln in open(f"{lang}.txt", encoding="utf-8").read().splitlines():
        if not ln.strip(): continue
        code, text = ln.split("|", 1)
        text = text.strip()
        assert "\t" not in text and "\n" not in text
        if code == "-": labels = "-"
        else:
            assert all(c in ORDER for c in code) and len(set(code)) == len(code), ln
            labels = ",".join(CODES[c] for c in ORDER if c in code)
        rows.append((lang, labels, text))
texts = [r[2] for r in rows]
dups = [t for t, n in collections.Counter(t.lower() for t in texts).items() if n > 1]
print("total", len(rows), "dups", dups)
random.Random(20261201).shuffle(rows)
with open("signals-train-x.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("# signals-train-x: customer chat messages to Dutch organisations' AI customer-service assistant, labelled with conversation signals (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION)\n")
    f.write("# columns: lang<TAB>labels<TAB>text ; lang = nl/en/de/fr ; labels = comma-separated subset in order HUMAN_REQUEST,COMPLAINT,HIGH_RISK_TOPIC,FRUSTRATION, or - for none\n")
    f.write("# written blind from label definitions and format (no other data consulted); lines shuffled with seed 20261201\n")
    for r in rows: f.write("\t".join(r) + "\n")
# stats
tab = collections.defaultdict(collections.Counter)
for lang, labels, _ in rows:
    t = tab[lang]; t["total"] += 1
    if labels == "-": t["none"] += 1
    else:
        t["labelled"] += 1
        ls = labels.split(",")
        if len(ls) > 1: t["multi"] += 1
        for l in ls: t[l] += 1
cols = ["total","none","labelled","multi","HUMAN_REQUEST","COMPLAINT","HIGH_RISK_TOPIC","FRUSTRATION"]
print("| lang | " + " | ".join(cols) + " |")
print("|" + "---|"*(len(cols)+1))
allc = collections.Counter()
for lang in ["nl","en","de","fr"]:
    allc.update(tab[lang])
    print(f"| {lang} | " + " | ".join(str(tab[lang][c]) for c in cols) + " |")
print("| all | " + " | ".join(str(allc[c]) for c in cols) + " |")
combos = collections.Counter(r[1] for r in rows if "," in r[1])
print(combos)
