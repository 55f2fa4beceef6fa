R={
'src_de2.txt':{
"Kann ich Ihnen eigentlich auch einen Brief schicken statt zu chatten?":"-\tKann ich Ihnen eigentlich auch einen Brief schicken statt zu chatten? Ich bin 78 und mag das Internet nicht so, mein Enkel hat mir das hier eingerichtet. Es geht nur um die Änderung meiner Bankverbindung, nichts Eiliges. Wenn ja, an welche Adresse?",
"Kann mich bitte jemand vom Vermietungsteam kontaktieren?":"H\tWir wohnen zu viert in einer Zweizimmerwohnung in der Siedlung am Park, und im Haus gegenüber wird eine Vierzimmerwohnung frei, deren Mieterin gern tauschen würde. Wir haben schon alles miteinander besprochen. Welche Formulare braucht es dafür? Am besten wäre es, wenn mich jemand vom Vermietungsteam direkt kontaktiert, dann geht es schneller.",
"Ist der Chatbot eigentlich von einer deutschen":"-\tIst der Chatbot eigentlich von einer deutschen oder einer niederländischen Firma? Er spricht erstaunlich gut Deutsch, Kompliment. Eigentliche Frage: Wie lange dauert die Bearbeitung eines Antrags auf Ratenzahlung beim Kauf eines Handys, ist das sofort entschieden?",
},
'src_en2.txt':{
"The underpass under the station in Zaandam":"R\tThe underpass under the station in Zaandam is flooding fast after this rain, there's a car stuck in it with someone still inside and the water is still rising. I've called 112 already, but does your team manage the pumps here?",
"Is there a minimum age for opening a savings account":"-\tIs there a minimum age for opening a savings account for my son? He's 11 and wants to save for a bike. He'd love his own card too, but I'd like to keep an eye on it. P.S. your new app looks great, much easier than the old one.",
},
'src_en1.txt':{
"Could I please be transferred to someone in the billing department?":"H\tMy invoice from March lists two connections at my address, but we only have one. I've uploaded the meter photos in the app. I think this needs a proper look by someone with access to the billing system, so could I please be transferred to someone in the billing department?",
"How do I change the name on my account? I got married":"-\tHow do I change the name on my account? I got married last month and took my husband's surname. Do you need a copy of the marriage certificate or just my new ID? p.s. no rush at all, just want it right before the annual statement.",
},
'src_nl1.txt':{
"Hallo! Mijn verhuizing is op 14 maart":"F\tHallo! Mijn verhuizing is op 14 maart. Kan ik mijn energiecontract meenemen naar het nieuwe adres in Leiden? En hoe zit het met de meter, die is daar al slim. PS: jullie formulier 'verhuizing doorgeven' heb ik nu vier keer ingevuld en elke keer krijg ik een foutmelding. Echt, wie heeft dat gebouwd?!",
"Wat is het verschil tussen een vast en een variabel tarief?":"-\tWat is het verschil tussen een vast en een variabel tarief? Mijn contract loopt in februari af en ik moet kiezen. We hebben een warmtepomp sinds vorig jaar, dus ons verbruik is nogal veranderd. Wat zouden jullie aanraden voor zo'n situatie, of mag u dat niet zeggen?",
"Hoe zeg ik mijn abonnement op?":"-\tHoe zeg ik mijn abonnement op? Ik ga in januari voor mijn werk naar Dubai verhuizen, voor minstens twee jaar. Niks mis met jullie hoor, ik ben altijd tevreden geweest. Moet ik de modem terugsturen of kan ik hem inleveren in een winkel?",
},
'src_nl2.txt':{
"Wat doe ik met de brief over de zonnepanelen-subsidie?":"C\tWat doe ik met de brief over de zonnepanelen-subsidie? Ik denk dat die per ongeluk naar mij is gestuurd, het is voor de vorige bewoner. Verder wil ik toch even kwijt dat ik het echt slordig vind dat jullie na acht maanden nog steeds post op zijn naam sturen, ik heb de verhuizing al twee keer doorgegeven.",
"Hallo, ik ben Mohamed en ik woon in Rotterdam-Zuid.":"H\tHallo, ik ben Mohamed en ik woon in Rotterdam-Zuid. Ik wil graag weten welke documenten ik moet meenemen naar mijn afspraak voor een ID-kaart. Mijn vader gaat ook mee, hij heeft een vraag over zijn AOW-adres en hij leest geen Nederlands. Zou iemand van de gemeente hem daarover kunnen bellen, liefst iemand die Arabisch of Berbers spreekt?",
},
'src_fr2.txt':{
"Est-ce que l'assistant peut comprendre les messages vocaux?":"",
"Petite question pratique : si je déménage":"-\tPetite question pratique : si je déménage à l'intérieur de la même ville, est-ce que je garde le même numéro de contrat pour l'eau ? On quitte la Grote Markt pour un appartement près de la gare en février. Ah et le compteur du nouvel appartement est dans la cave commune, c'est à moi de faire le relevé ?",
"Comment savoir si mon contrat est à prix fixe ou variable":"F\tComment savoir si mon contrat est à prix fixe ou variable ? Je ne trouve pas l'info dans l'espace client. J'ai cliqué partout : « Mes contrats », « Mes documents », « Mon profil »… rien. Franchement votre site est un labyrinthe, ça fait une demi-heure que je tourne en rond 😤",
},
}
for f,d in R.items():
    L=open(f,encoding='utf-8').read().split('\n'); used=set()
    for i,l in enumerate(L):
        for k,v in d.items():
            if v and k in l: L[i]=v; used.add(k); break
    print(f,{k for k in d if d[k]}-used)
    open(f,'w',encoding='utf-8').write('\n'.join(L))
