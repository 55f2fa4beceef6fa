import re
def setsrc(fn, prefix, newsrc):
    s=open(fn).read()
    lines=s.split("\n")
    hits=[i for i,l in enumerate(lines) if l.startswith("(") and prefix in l]
    assert len(hits)==1,(fn,prefix,len(hits))
    l=lines[hits[0]]
    # replace last quoted field
    m=re.match(r'^(\((?:C|M|H|HM),".*",)"(.*)"\),$',l)
    assert m,(l)
    lines[hits[0]]=m.group(1)+'"'+newsrc+'"),'
    open(fn,"w").write("\n".join(lines))
def rep(fn,old,new):
    s=open(fn).read(); assert s.count(old)==1,(fn,old); open(fn,"w").write(s.replace(old,new))
D="-"
for p in ["Serieus, nog steeds geen glasvezel","Wat gezellig dat u even met mij chat","Deze prijs geldt nog maar 10 minuten","Krap bij kas?","Ik kan je opzegging pas verwerken","Goed nieuws: ik heb je abonnement alvast","Uw klacht staat geregistreerd onder nummer","Je schademelding is goed ontvangen"]:
    setsrc("nl.py",p,D)
for p in ["Thousands of customers upgraded","Your basket is reserved","With your heart condition","I've started your free trial","Your flight to Casablanca"]:
    setsrc("en.py",p,D)
for p in ["Neun von zehn","Mit 78 Jahren","Och, behalt die Tasche","Das Deutschlandticket gilt nicht"]:
    setsrc("de.py",p,D)
for p in ["Dernière chance","Avec votre diabète","vos enfants habitent loin","Bienvenue ! Je vous réponds"]:
    setsrc("fr.py",p,D)
nl={"Gewoon Mark, aan mijn bureau":"Meterstanden die via de app worden doorgegeven, worden direct verwerkt.",
"Wat een heerlijk weertje vandaag":"Na boeking staan de e-tickets binnen 24 uur in je account.",
"Beterschap! Ik lag vorige week":"Declaraties voor de huisartsenpost worden binnen 10 werkdagen verwerkt.",
"mijn oma kwam uit Konya":"Bij een hoger inkomen wordt de huurtoeslag aangepast en niet automatisch stopgezet.",
"de kat even over mijn toetsenbord":"Opzeggingen worden verwerkt per de eerste van de volgende maand.",
"Ingrid Bakker":"Wijzigingen in het huurcontract worden schriftelijk bevestigd."}
for k,v in nl.items(): setsrc("nl.py",k,v)
en={"grey skies over the IJ":"Tram passes renewed online are valid for 12 months.",
"isn't a canned reply":"Replacement SIM cards are sent by post within 1 working day.",
"I stayed at that Lisbon hotel":"Booking confirmations are emailed within 1 hour of payment.",
"Hello Mr Okafor":"Mortgage offers are discussed by phone with a mortgage adviser.",
"I'll hand the replacement":"Replacement items are shipped the same day if requested before 3 pm.",
"Friday at last":"Complaints receive a reference number immediately."}
for k,v in en.items(): setsrc("en.py",k,v)
de={"Julia hier vom Service-Team":"Fragen zur Rechnung werden innerhalb von 2 Werktagen beantwortet.",
"Hier in Arnheim ist es heute so grau":"Online gebuchte Fahrkarten erscheinen sofort in der App.",
"Frau Krüger":"Doppelte Abbuchungen werden innerhalb von 5 Werktagen erstattet."}
for k,v in de.items(): setsrc("de.py",k,v)
fr={"Camille du service client":"Les remboursements sont effectués sous 5 jours ouvrés.",
"Ah, un Anversois":"La carte de fidélité est activée dès la première commande."}
for k,v in fr.items(): setsrc("fr.py",k,v)
rep("de.py",'"Passt, ist geändert 👍"','"Alles erledigt 👍"')
rep("nl.py","Je gemeente heeft ook gratis schuldhulp als je daar behoefte aan hebt.","Je gemeente heeft ook gratis schuldhulp als je daar behoefte aan hebt. De regeling vraag je zelf aan in Mijn Omgeving, waar je meteen ziet welke termijnbedragen mogelijk zijn. Kom je er niet uit, bel ons dan gerust, dan kijken we samen wat haalbaar is.")
rep("en.py","I can't process your cancellation until you've spoken to our loyalty team. I've booked you a call for next Thursday.","I completely understand you want to cancel, and I'm here to help with that. Before it can be processed, our system needs you to have a short call with the loyalty team, usually 20 to 30 minutes. I've booked that in for next Thursday at 10:00. Until then your subscription simply continues as normal – anything else I can do for you?")
rep("fr.py","Cela vaut aussi pour le brossage des dents.\",","Cela vaut aussi pour le brossage des dents. Vous pouvez utiliser l'eau sans la faire bouillir pour la douche et le lave-vaisselle. Nous vous préviendrons par SMS dès que l'avis sera levé.\",")
rep("fr.py","jusqu'à levée de l'avis.\"","jusqu'à levée de l'avis. L'eau reste utilisable pour la douche et le lave-vaisselle. Les abonnés inscrits sont prévenus par SMS à la levée de l'avis.\"")
