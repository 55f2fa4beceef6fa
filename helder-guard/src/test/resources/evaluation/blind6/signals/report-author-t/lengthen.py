# helper: replace some items by longer, paragraph-length versions (same labels)
reps = {
'src_nl.txt': {
 'Ik ben budgetcoach bij de gemeente Almere en schrijf namens mevrouw J. Koster (klantnr 7732194). Zij heeft een huurachterstand van 3 maanden. Kunnen wij een afbetalingsregeling van €50 per maand voorstellen?':
 'R | Goedemorgen, ik ben budgetcoach bij de gemeente Almere en schrijf namens mevrouw J. Koster (klantnr 7732194), die mij daar schriftelijk toestemming voor heeft gegeven. Mevrouw heeft op dit moment een huurachterstand van drie maanden, in totaal € 2.346. Zij is sinds kort gestart met een schuldhulptraject en haar inkomen wordt vanaf volgende maand via ons beheerd. Wij willen graag een afbetalingsregeling van € 50 per maand voorstellen naast de lopende huur. Kunt u aangeven welke gegevens u daarvoor van ons nodig heeft en of de incasso tot die tijd kan worden opgeschort?',
 'Mijn bovenburen maken elke nacht herrie maar dat is een koopwoning, dus daar kunnen jullie denk ik niks mee. Mijn vraag gaat over iets anders: wanneer wordt de cv-ketel vervangen?':
 '- | hoi, ik woon sinds 2019 in een van jullie flats aan de Sumatrastraat en de bovenburen hebben hun appartement gekocht dus dat is geen huur meer bij jullie, daar ga ik het nu ook niet over hebben want dat los ik zelf wel op met ze, maar mijn eigenlijke vraag is dit: in de brief van vorig jaar stond dat alle cv-ketels in ons blok in 2025 vervangen zouden worden en ik wil graag weten of dat nog zo gepland staat en of ik dan thuis moet zijn, want ik werk in ploegendienst in de haven en moet dat ruim van tevoren aanvragen',
 'Ik betaal al 11 jaar netjes mijn huur en krijg nu voor de derde keer een afwijzing voor een nieuwe keuken. Ik snap echt niet hoe jullie met trouwe huurders omgaan.':
 'C | Ik woon nu 11 jaar in deze woning en heb in die tijd nooit een dag achterstand gehad. De keuken is van 1994, de kastjes hangen scheef en het aanrecht is op twee plekken gescheurd. In 2021 en 2023 heb ik al om vervanging gevraagd en beide keren kreeg ik te horen dat het ‘volgend jaar in de planning’ zat. Nu krijg ik voor de derde keer een afwijzing, zonder uitleg. Ik snap echt niet hoe jullie zo met trouwe huurders kunnen omgaan en ik vind dat ik op zijn minst een eerlijke reden verdien.',
 'Ik ben het niet eens met de afhandeling van mijn autoschade, de expert heeft de schade veel te laag getaxeerd. Ik wil hierover een gesprek met een schadebehandelaar.':
 'HCR | Op 12 februari ben ik op de rotonde bij Hengelo van achteren aangereden, de tegenpartij heeft schuld erkend en het schadeformulier is ingestuurd. Uw expert heeft de schade nu getaxeerd op € 1.150, terwijl twee erkende garages in Enschede allebei boven de € 2.800 uitkomen omdat ook de sensoren in de bumper vervangen moeten worden. Ik ben het dus niet eens met deze afhandeling. Ik wil hierover graag een gesprek met de schadebehandelaar die mijn dossier heeft, liefst telefonisch.',
},
'src_en.txt': {
 "Hi there, I'm an expat from Toronto, just started at ASML in Veldhoven. I'd really prefer to go through the health insurance options with an adviser over the phone. Could someone ring me tomorrow between 12 and 1?":
 "H | Hi there, I'm an expat from Toronto and I just started at ASML in Veldhoven. My HR department gave me a list of things to sort out in my first four months and Dutch health insurance is at the top. I've read your website but the difference between the basic package, the supplementary packages and the deductible is honestly confusing when you're used to a different system, and my wife is pregnant so I want to get it right. I'd really prefer to go through the options with an adviser over the phone. Could someone ring me tomorrow between 12 and 1?",
 "First the flat would be available in March, then April, now it's June. We've had to extend our temporary housing twice because of your delays.":
 "C | We signed the lease for the new-build flat in Almere Poort back in October. First we were told it would be ready in March, then in April, and yesterday we got an email saying June 'at the earliest'. We have had to extend our short-stay apartment twice, at almost double the rent, and my kids have had to change school plans. Nobody called to explain, everything comes in a generic email. This is really not how you should treat people who have been on your waiting list for years.",
 "The bus I wanted apparently doesn't run on Sundays, is there another way to get from Maastricht to Valkenburg?":
 "- | Hi, we're visiting family in Limburg next weekend, two adults and a kid of 6, no car. Google says the bus from Maastricht to Valkenburg doesn't run on Sundays, or at least not the one we wanted. Is there another connection, maybe by train via Meerssen, and can we pay with a contactless card or do we need to buy something in advance?",
},
'src_de.txt': {
 'Sehr geehrte Damen und Herren, anbei meine Bewerbung um einen Ausbildungsplatz als Kaufmann für Büromanagement. Über eine Rückmeldung würde ich mich freuen.':
 'R | Sehr geehrte Damen und Herren, hiermit bewerbe ich mich um einen Ausbildungsplatz als Kaufmann für Büromanagement ab August an Ihrem Standort in Emmerich. Ich besuche derzeit die 12. Klasse der Höheren Handelsschule in Kleve, spreche Deutsch und Türkisch und lerne seit zwei Jahren Niederländisch. In meinem Praktikum bei einer Spedition habe ich bereits Rechnungen erfasst und Kundenanfragen bearbeitet. Lebenslauf und Zeugnisse kann ich Ihnen gern hochladen, ich weiß nur nicht, wo. Mit freundlichen Grüßen, Emre Aydın',
 'Das Hotel lag direkt an einer Großbaustelle, davon stand nichts in Ihrem Katalog. Wir konnten kaum schlafen.':
 'C | Wir sind gestern aus unserem Urlaub in Noordwijk zurückgekommen, den wir im Januar bei Ihnen gebucht hatten. Das Hotel lag direkt neben einer Großbaustelle, ab sieben Uhr morgens wurde gerammt, und der versprochene Meerblick bestand aus einem Kran. Davon stand weder im Katalog noch auf Ihrer Website ein Wort. Wir hatten uns ein ganzes Jahr auf diese Woche gefreut und sind ehrlich gesagt sehr enttäuscht, wie wenig Sie Ihre Kunden über so etwas informieren.',
},
'src_fr.txt': {
 "Je suis en difficulté pour payer mon loyer depuis ma maladie, est-ce qu'une assistante sociale de chez vous peut me contacter ?":
 "HR | Bonjour, je vous écris parce que je ne sais plus trop vers qui me tourner. Je suis locataire chez vous à Anderlecht depuis huit ans et j'ai toujours payé mon loyer à temps. Depuis octobre je suis en arrêt maladie, la mutuelle me verse beaucoup moins que mon salaire et je n'ai pas pu payer le loyer de décembre ni celui de janvier. J'ai honte de l'écrire mais je préfère être honnête. Est-ce qu'une assistante sociale de chez vous peut me contacter pour voir ce qui est possible ?",
 "Mon voisin gare sa camionnette devant mon garage depuis des semaines, ça c'est entre lui et moi. Ma question : comment demander une carte de riverain ?":
 "- | Bonjour, petite question pour la commune : depuis que j'ai changé de travail je rentre tard et je ne trouve jamais de place dans ma rue (rue Saint-Léonard). Mon voisin gare sa camionnette devant mon garage depuis des semaines, mais ça c'est entre lui et moi, je vais lui parler. Ma vraie question : comment est-ce que je demande une carte de riverain, est-ce que ça se fait en ligne ou faut-il passer au guichet avec le certificat d'immatriculation ?",
},
}
for fn, m in reps.items():
    L=open(fn,encoding='utf-8').read().splitlines(); out=[]; hit=0
    for l in L:
        c,t=l.split(' | ',1)
        if t in m: out.append(m[t]); hit+=1
        else: out.append(l)
    print(fn,hit,len(m)); open(fn,'w',encoding='utf-8').write('\n'.join(out)+'\n')
