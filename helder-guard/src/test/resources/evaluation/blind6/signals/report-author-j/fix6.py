def rep(fn, pairs):
    lines=open(fn,encoding='utf-8').read().splitlines()
    for a,b in pairs:
        m=[i for i,l in enumerate(lines) if l.startswith(a)]
        assert len(m)==1,(fn,a,len(m))
        lines[m[0]]=b
    open(fn,'w',encoding='utf-8').write("\n".join(lines)+"\n")
rep('nl.txt',[
("C|Bestelling kwam kapot aan","C|Goedemiddag. Ik heb op 2 november een set van zes wijnglazen besteld als cadeau voor de 40-jarige bruiloft van mijn schoonouders. Het pakket kwam aan met twee glazen in scherven. Netjes gemeld, vervangende set gekregen, en wat denkt u: weer kapot, nu drie stuks. Er zat gewoon geen noppenfolie omheen, alleen een kartonnen doos. Ik vind dit echt slordig en ik heb geen zin om nog een derde keer te gokken. Ik wil mijn geld terug. Met vriendelijke groet, Sharmila Ramdin"),
("-|Kan ik de rekening op naam van mijn dochter zetten?","-|Hallo, mijn dochter Esra gaat in februari op kamers in Groningen. Nu staat ze nog als tweede gebruiker op mijn account met een eigen mobiel nummer. Kan ik haar nummer loskoppelen en op haar eigen naam laten zetten, zonder dat ze een nieuw nummer krijgt? Ze is 19, dus ze kan zelf tekenen. Moet ik daarvoor iets opsturen of kan zij dat zelf via de app regelen? Alvast bedankt."),
("C|Slechte ervaring met de bezorger","C|wallah die bezorger gooit mn pakket gewoon over het hek, kapot natuurlijk. echt slechte service van jullie"),
])
rep('en.txt',[
("R|I've got debts with several companies","R|Bit embarrassing to write this. Since the divorce I've been juggling bills and I'm now behind with my rent, my phone and your energy bill (about €480 I think). I've registered with the municipality's debt help service but they say it can take weeks before anything is arranged. In the meantime, is there anything I can do so the amount doesn't keep growing with costs? I really do want to pay it off."),
])
rep('de.txt',[
("-|Kann ich meine Zahlungsweise auf vierteljährlich umstellen?","-|Guten Tag, wir sind eine Familie aus Düsseldorf und haben ein Ferienhaus in Renesse, das wir nur im Sommer und an ein paar Wochenenden nutzen. Bisher zahlen wir monatlich einen Abschlag, obwohl im Winter fast nichts verbraucht wird. Wäre es möglich, auf vierteljährliche Zahlung umzustellen, oder gibt es für Zweitwohnungen einen eigenen Tarif? Die Zählernummer habe ich gerade nicht zur Hand, reiche ich aber gern nach."),
])
rep('fr.txt',[
("-|Je déménage à Mons le 1er","-|Bonjour, je déménage de Liège à Mons le 1er du mois prochain avec mes deux enfants. Je voudrais garder le même contrat gaz et électricité, mais je ne sais pas s'il faut relever les compteurs moi-même le jour du départ ou si quelqu'un passe. Le nouveau propriétaire, M. Dubois, m'a donné les codes EAN. Je vous les envoie ici ou par mail ? Merci d'avance."),
])
