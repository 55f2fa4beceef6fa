R={
"My landlord says the housing corporation will evict me":"R\tI got a letter today from a bailiff about an eviction date in January. I know I'm behind with the rent, it's €2,300 now, I had surgery and couldn't work for months. Is it too late to arrange something?",
"Hello, my mother passed away last week":"R\thi, sorry if this is the wrong place. my mum died on saturday and her direct debits are still going out of her account with you. i'm her only child. how do i stop them",
"I'd like to apply for the junior data analyst":"R\tApplication for Junior Data Analyst (ref. 24-117): please find my CV attached. I graduated from TU Delft in June and I'm available immediately.",
"Do you have any internships for international students":"-\tDoes your company sponsor visas for non-EU staff in general? I'm a student in Groningen thinking about my future, nothing concrete yet.",
"We had a burglary at our flat in The Hague":"R\tSomeone smashed my car window outside our flat in The Hague and took my work laptop and a gym bag. What's covered and how do I start a claim?",
"I'd like to lodge a formal complaint about the conduct":"C\tI'd like to lodge a formal complaint. The inspector on the 22:14 to Leiden refused to accept my valid e-ticket because my phone screen was cracked, fined me €50 and made a big scene about it.",
"hi, is there anyone from the HR team":"HR\thi, I applied for the apprenticeship in electrical engineering two weeks ago and haven't heard back. could someone from recruitment give me a ring? happy to do a quick interview any time",
"This heat is killing me lol":"-\tCan I change my contract start date to the 15th? The movers can't come earlier, honestly this whole move is killing me lol",
}
f='src_en1.txt'
L=open(f,encoding='utf-8').read().split('\n'); used=set(); out=[]
for l in L:
    for k,v in R.items():
        if k in l: l=v; used.add(k); break
    out.append(l)
print(set(R)-used); open(f,'w',encoding='utf-8').write('\n'.join(out))
