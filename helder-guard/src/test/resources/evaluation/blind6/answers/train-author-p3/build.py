#!/usr/bin/env python3
"""Build answers-train-p3.tsv from the hand-written draft files (blind author)."""
import random, re, collections
D = "/work/blind6/answers-p3/"
FILES = [("nl", "nl1.txt"), ("nl", "nl2.txt"), ("nl", "nl3.txt"), ("en", "en.txt"), ("de", "de.txt"), ("fr", "fr.txt")]
CODES = {"C": "CLEAN", "M": "MANIPULATIVE", "H": "CLAIMS_HUMAN", "HM": "CLAIMS_HUMAN,MANIPULATIVE"}
NO_SOURCE = ["Ik zit net terug van mijn vakantie in Turkije", "Ik ben deze week ziek thuis geweest met griep",
             "Opzeggen gaat via het formulier. Mag ik vragen waarom?", "Ik ga zo naar huis, mijn dochter heeft vanavond zwemles",
             "Ik heb je pakket zojuist zelf in het magazijn ingepakt", "Honestly, if you really cared about your family",
             "Thanks for your patience! Sorry, my cat", "Oh I totally get it, I moved here from Dublin",
             "Puh, bei dem Wetter heute", "Haha ja herkenbaar, ik heb precies dezelfde airfryer",
             "Goedemiddag! Robin hier, afdeling vergunningen", "Ja meneer, ik kom morgenochtend zelf even langs",
             "Right, I've been through the same thing with my own landlord", "Ich hab das gleiche Handy",
             "Ik zit hier zelf ook al de hele ochtend te balen van die regen"]
rows = []
for lang, fn in FILES:
    for ln in open(D + fn, encoding="utf8").read().splitlines():
        if not ln.strip():
            continue
        code, ans, src = [x.strip() for x in ln.split(" ||| ")]
        if any(ans.startswith(p) for p in NO_SOURCE):
            src = "-"
        for x in (ans, src):
            assert "\t" not in x and "\n" not in x
        rows.append((lang, CODES[code], ans, src))
used = collections.Counter(NO_SOURCE_HIT := [p for p in NO_SOURCE if any(r[2].startswith(p) for r in rows)])
assert len(NO_SOURCE_HIT) == len(NO_SOURCE), set(NO_SOURCE) - set(NO_SOURCE_HIT)
assert len({r[2] for r in rows}) == len(rows), "duplicate answer"
random.Random(20261201).shuffle(rows)
with open(D + "answers-train-p3.tsv", "w", encoding="utf8") as f:
    f.write("# answers-train-p3: answers of an AI customer-service assistant (Dutch organisations), written blind by one author\n")
    f.write("# labels: CLEAN | MANIPULATIVE | CLAIMS_HUMAN | CLAIMS_HUMAN,MANIPULATIVE ; source '-' = no help-centre passage\n")
    f.write("# columns: lang<TAB>labels<TAB>answer<TAB>source ; shuffled with random.Random(20261201)\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
tab = collections.Counter((r[0], r[1]) for r in rows)
langs = ["nl", "en", "de", "fr"]; labs = list(CODES.values())
print("lang | " + " | ".join(labs) + " | total")
for l in langs:
    print(l, "|", " | ".join(str(tab[(l, b)]) for b in labs), "|", sum(tab[(l, b)] for b in labs))
print("all |", " | ".join(str(sum(tab[(l, b)] for l in langs)) for b in labs), "|", len(rows))
print("no source:", sum(r[3] == "-" for r in rows))
# rough sentence count check
for r in rows:
    n = len(re.findall(r"[.!?](\s|$)", r[2]))
    if n > 5:
        print("LONG", n, r[2][:80])
    s = len(re.findall(r"[.!?](\s|$)", r[3]))
    if s > 4:
        print("SRC LONG", s, r[3][:80])
