# Dutch messages, part A: municipality citizens' desk and hospital patient service
MESSAGES = [
# ---------------- gemeente / citizens' desk
"""Goedemiddag, ik ga per 1 april verhuizen van [[A|Dorpsstraat 14]] naar [[A|Kastanjelaan 3-B]], [[PC|5621 HK]] Eindhoven. Kan ik de verhuizing nu al doorgeven of moet dat pas na de verhuisdatum? Groet, [[N|Ruud Verhoeven]]""",

"""Wat kost een nieuw paspoort voor een kind van 8 en hoe lang duurt het voordat het klaar is? We vliegen 14 juli naar Curaçao.""",

"""Beste medewerker Wmo-loket,

Ik ben [[N|Marloes Kuipers]], maatschappelijk werker bij Stichting Welzijn Oost. Ik schrijf namens mijn cliënt dhr. [[N|Abdelkader Ouali]] (geb. [[DOB|14-09-1957]]), wonend aan de [[A|Zonnebloemstraat 41]], [[PC|2524 KL]] Den Haag. Dhr. [[N|Ouali]] heeft sinds een [[S|herseninfarct]] in november veel moeite met de trap en wil een [[S|traplift]] aanvragen. Hij spreekt weinig Nederlands, dus ik help hem met de aanvraag. Zijn BSN is [[BSN|@bsn1:p]].

U kunt mij rechtstreeks bereiken op [[T|06-41 87 22 90]] (ma t/m do).

Met vriendelijke groet,

Marloes Kuipers
Maatschappelijk werker | Stichting Welzijn Oost
Algemeen nummer: 070 - 345 67 89""",

"""Mijn buurman zet al weken zijn grofvuil aan de Prins Hendrikkade neer, naast de glasbak. Bij wie kan ik dat melden? Ik wil geen ruzie, alleen dat het wordt opgeruimd.""",

"""ja hallo met [[N|gerrit van den brink]] ik wil een afspraak maken voor het verlengen van mijn rijbewijs punt het nummer is [[ID|5123804417]] komma ik woon op de [[A|molenweg 7]] nieuwe regel u kunt me bellen op [[T|nul zes twee acht vier vier een nul zes drie]] dank u wel""",

"""Ik heb een aanslag gemeentelijke belastingen gekregen, aanslagnummer 8812.4471.0093, bedrag € 412,80. Ik wil graag in termijnen betalen. Op het formulier staat bij het voorbeeld 'NL00 BANK 0123 4567 89' en '1234 AB' – moet ik daar gewoon mijn eigen gegevens invullen of laat ik dat leeg als ik via Mijn Belastingzaken betaal?""",

"""Nieuwe auto, dus het kenteken op mijn bewonersvergunning moet anders. Oud: [[LP|KX-772-V]] Nieuw: [[LP|H-390-RT]]. Vergunningnummer PV-2025-03318, adres [[A|Tesselschadestraat 19 hs]]. Moet ik opnieuw betalen?""",

"""Wanneer wordt het oud papier opgehaald in de wijk Lombok? Volgens de afvalkalender donderdag 6 maart, maar de containers staan nog vol.""",

"""Geachte heer/mevrouw,

Ik heb nog steeds geen reactie op mijn bezwaar tegen de WOZ-waarde (zie hieronder). Het is inmiddels bijna acht weken geleden. Graag alsnog een reactie.

[[N|Yvonne Hartman-Dijkstra]]
[[A|Berkenhof 88]]
[[PC|7411 GT]] Deventer
[[T|0570-612 045]]

-----Oorspronkelijk bericht-----
Van: Yvonne Hartman-Dijkstra <[[E|y.hartman58@ziggo.nl]]>
Verzonden: dinsdag 4 februari 2025 21:13
Aan: Gemeente Belastingen <belastingen@gemeente-voorbeeldstad.nl>
Onderwerp: Bezwaar WOZ 2025, objectnummer 0150 0001 2345

Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen de WOZ-waarde van € 389.000 voor mijn woning. Een vergelijkbare woning verderop in de straat is vorig jaar verkocht voor € 351.000 en heeft een grotere tuin. Ik verzoek u de waarde te verlagen.

Met vriendelijke groet,
[[N|Y. Hartman-Dijkstra]]""",

"""Hallo, ik ben de buurvrouw van mevrouw [[N|Truus Lammers]] van nummer 12. Mevrouw is [[S|dementerend]] en woont alleen. Haar groene container is al twee keer niet geleegd en ze begrijpt niet waarom. Kunt u kijken wat er aan de hand is? Ze staat ingeschreven op [[A|Wilgenhof 12]]. Mij kunt u bellen: [[T|06 1934 5521]], [[N|Sandra]].""",

"""Moet ik voor een uittreksel uit de BRP zelf langskomen of kan dat met DigiD? Het is voor een huurwoning.""",

"""Ik wil mijn kind aangeven. Geboren op [[DOB|3 maart 2025]] in het Isala, naam [[N|Noor Amira Bakkali]]. Vader [[N|Youssef Bakkali]] en ik ([[N|Lotte Bakkali-de Groot]]) zijn getrouwd. Kan dat digitaal of moeten we naar het stadskantoor?""",

"""Goedemorgen, ik zou graag een gehandicaptenparkeerkaart aanvragen voor mijn moeder. Zij heeft [[S|COPD]] en kan maar een paar meter lopen. Ik ben haar mantelzorger. Wat moet ik opsturen? Vriendelijke groet, [[N|Hüseyin Demirtaş]]""",

"""Is het stadhuis aan het Johan de Wittplein rolstoeltoegankelijk? Ik kom volgende week voor een huwelijksaankondiging en wil weten of er een lift is.""",

"""Onderwerp: ontheffing hondenbelasting

Mijn hond is een [[S|hulphond]] (ik ben [[S|blind]]), daarvoor hoef je volgens mij geen hondenbelasting te betalen. Toch heb ik een aanslag ontvangen voor 2025. Graag kwijtschelding.

[[N|Dirk-Jan Wolters]], [[A|Oranjesingel 4a]], [[PC|6511 NR]] Nijmegen""",

"""Ik wil bezwaar maken tegen de parkeerboete die ik kreeg op 21 januari om 14:32 op de Grote Markt. Naheffingsaanslag 0388-2025-117743. De parkeerautomaat was kapot, ik heb een foto. Kenteken [[LP|94-TLK-2]].""",

"""Dag, namens mijn vader [[N|Hendrik Post]] (hij is 91 en heeft geen computer): hij ontving een brief over een nieuwe stemlocatie maar hij is al verhuisd naar het verzorgingshuis aan de [[A|Vondellaan 200]] kamer 14. Klopt het adres in jullie systeem wel? Groet, [[N|Annemiek Post]] — [[E|annemiek.post@kpnmail.nl]]""",

"""Hoeveel kost een huwelijk op maandagochtend en kunnen we zelf een trouwambtenaar meenemen, bijvoorbeeld een vriend die dat wil doen?""",

"""hallo ik heb bijstand en de gemeente heeft in januari te weinig gestort, 812 euro ipv 1.148. Mijn rekening is [[IBAN|@nl1:g]]. Zaaknummer Z-2024-88310. Ik heb huur te betalen, graag snel. [[N|Kofi Mensah]]""",

"""Geachte mevrouw [[N|Veldkamp]],

Dank voor uw telefoontje van vanmorgen. Zoals afgesproken stuur ik u hierbij de gegevens voor de aanvraag van de individuele inkomenstoeslag:

Naam: [[N|Esra Yıldırım]]
Geboortedatum: [[DOB|22-11-1983]]
BSN: [[BSN|@bsn2:d]]
Rekeningnummer: [[IBAN|@nl2:c]]
Adres: [[A|Van Speijkstraat 61-3]], [[PC|1057 GS]] Amsterdam

Het loonstrookje van december volgt nog.

Groet,
[[N|Esra]]""",

"""Ik heb een melding gemaakt over een losliggende stoeptegel bij de Beatrixlaan ter hoogte van de bushalte (meldnummer 25-0412). Er is nu iemand gevallen. Wanneer wordt dit gerepareerd?""",

"""Mijn paspoort is gestolen in Barcelona, aangifte gedaan bij de Mossos. Het nummer was [[ID|NXR4K82T1]]. Moet ik dat nog apart bij jullie melden voordat ik een nieuwe aanvraag?""",

"""Kan ik mijn afspraak van donderdag 10:40 voor een ID-kaart verzetten? Ik heb de bevestigingscode ABX-7731 maar de link werkt niet.""",

"""Hallo, ik tolk voor mevrouw [[N|Mebrat Tesfay]] uit Eritrea. Zij heeft een verblijfsvergunning, nummer [[ID|V 93 41 7702]], en wil zich inschrijven op het adres van haar broer, [[A|Hofstraat 33 A]]. Zij heeft geen geboorteakte. Welke andere documenten kan zij gebruiken? Mijn nummer is [[T|+31 6 8820 1476]]. [[N|Samuel]] (tolk Tigrinya)""",

"""Vraag over de energietoeslag: geldt die ook voor mensen met een AOW en een klein pensioen? En tot welk inkomen?""",

"""De gemeente heeft mijn inschrijving in het register gewijzigd naar onbekend adres, maar ik woon gewoon nog op [[A|Brugstraat 9]] in Roosendaal! Nu krijg ik geen toeslag meer. Mijn geboortedatum is [[DOB|7 juli 1990]], BSN [[BSN|@bsn3:s]]. Dit moet vandaag opgelost worden.""",

"""Beste,
Ik ben vorig jaar vrijgekomen na twee jaar [[S|detentie]] en wil een VOG aanvragen voor een baan in de bouw. Heeft het zin om aan te vragen of wordt die toch geweigerd? Ik wil niet voor niets 41,35 euro betalen.""",

"""Mijn schoonvader is vorige week overleden. Wie regelt de afmelding bij de gemeente, doet de uitvaartondernemer dat? En moeten we zijn parkeervergunning zelf stopzetten?""",

"""Goedendag, ik heb schulden en zit in de schuldhulpverlening van de gemeente. Mijn contactpersoon is [[N|Bram Oosterhuis]] maar hij neemt al drie weken niet op. Kan iemand anders mij helpen? Mijn dossiernummer is SHV-11457.""",

"""Aanvraag kwijtschelding afvalstoffenheffing 2025 -- [[N|M.J. Koster-Smit]], [[A|Lepelaarstraat 27]], [[PC|8253AE]] Dronten. Ik heb een uitkering en geen vermogen. Mijn telefoonnummer staat niet in het formulier, dat is [[T|0321 - 33 90 18]].""",

"""Is de milieustraat op Tweede Paasdag open?""",

"""Ik ben [[S|zwanger]] (28 weken) en we verhuizen volgende maand. Moet ik het kindje straks aangeven in de oude of de nieuwe gemeente? We verhuizen naar [[A|Lindenlaan 12-II]], [[PC|3581 TX]] Utrecht.""",

"""Beste meneer [[N|El Khatib]] van Burgerzaken, u zou mij terugbellen over de naamswijziging van mijn dochter. Ik heb niks gehoord. Mijn nummer is nog steeds [[T|06-30551287]]. Groet [[N|Farah Haddad]]""",

"""Kan iemand uitleggen waarom de gemeente een brief stuurt aan 'de bewoners van' in plaats van aan mij persoonlijk? Ik krijg post over een bouwvergunning van de buren, maar er staat geen naam op. Is dat normaal?""",

"""Ik heb een uitnodiging gekregen om stembureaulid te worden bij de verkiezingen. Ik ben [[S|lid van de PVV]] en sta op de kandidatenlijst, mag ik dan wel in een stembureau zitten?""",

# ---------------- ziekenhuis / hospital patient service
"""Geachte medewerker van het Patiëntenservicebureau,

Op 12 februari had ik een afspraak op de polikliniek cardiologie bij dr. [[N|Hoekstra]]. Ik heb [[S|boezemfibrilleren]] en gebruik sinds die afspraak [[S|Eliquis]]. Nu krijg ik een rekening van de apotheek van het ziekenhuis, terwijl mijn huisarts zei dat dit vergoed wordt. Kunt u nagaan waarom dit niet direct naar mijn zorgverzekeraar is gegaan?

Patiëntnummer 4418902
Geboortedatum [[DOB|30-06-1949]]

Met vriendelijke groet,
[[N|C.W. (Kees) Brouwer]]
[[A|Parkweg 15]]
[[PC|9401 LM]] Assen""",

"""Waar kan ik parkeren bij de hoofdingang en hoeveel kost het per uur? Ik moet om 08:15 bij de bloedafname zijn.""",

"""Goedemiddag, ik bel namens mijn moeder [[N|Riet van Dam]], geboren [[DOB|11 april 1938]]. Zij heeft morgen een [[S|staaroperatie]] maar ze heeft koorts. Moet de afspraak worden verzet? Ik ben haar dochter, [[N|Ingrid]], bereikbaar op [[T|06 22 91 03 47]].""",

"""Bestaat er een vergoeding voor reiskosten als je voor chemotherapie steeds naar het ziekenhuis moet? Het gaat om een algemene vraag, ik wil het weten voor een collega.""",

"""hoi ik heb mijn wachtwoord van het patiëntenportaal 3x fout ingevuld en nu zit ik vast. hoe kom ik er weer in? ik heb geen DigiD app.""",

"""Mijn zoon [[N|Milan Jovanović]] ([[DOB|02/08/2016]]) heeft op 3 maart een afspraak bij de kinderarts voor zijn [[S|ADHD-medicatie]]. We zijn die week op vakantie. Kan het naar de week erna? Patiëntnummer 2231044. Groet, [[N|Dragana Jovanović]]""",

"""Dit is een ingesproken bericht. ik wil graag mijn uitslag van de MRI van vorige week maandag weten. mijn naam is [[N|wilhelmina de haan]] de haan met twee a's. geboortedatum [[DOB|negentien oktober negentienzesenveertig]]. mijn telefoonnummer is [[T|nul vijf negen twee drie vier vijf zes zeven acht]]. dank u wel""",

"""Ik wil graag een klacht indienen over de behandeling op de spoedeisende hulp op zaterdagnacht. Ik heb vijf uur gewacht met een [[S|gebroken pols]] en niemand heeft mij iets verteld. Verpleegkundige [[N|Joyce]] was wel aardig, maar de arts die ik uiteindelijk zag noemde zichzelf alleen 'de dienstdoende'. [[N|Priya Ramdin]], [[T|+31 (0)6 1177 4302]]""",

"""Heeft het ziekenhuis een stiltecentrum of gebedsruimte die bezoekers ook mogen gebruiken, en tot hoe laat is die open?""",

"""Beste,

Ik ben patiënt bij de [[S|IVF]]-poli. Mijn volgende punctie staat gepland, maar ik heb inmiddels een andere zorgverzekeraar (Zilveren Kruis → VGZ). Moet ik het nieuwe polisnummer doorgeven? Nieuw nummer: 602331847.

[[N|Sanne Vermeulen]]""",

"""Ik ben [[S|doof]] en kan dus niet bellen voor het maken van een afspraak. Kunnen jullie een tolk NGT regelen voor mijn afspraak bij de KNO-arts op 17 april? Mail mij op [[E|d.kortekaas@hotmail.com]]. Groeten, [[N|Daan Kortekaas]]""",

"""Vraagje: mag een Jehova's Getuige weigeren om bloed te krijgen tijdens een operatie? Ik vraag het voor een spreekbeurt over patiëntenrechten.""",

"""Ik ontving een factuur van € 1.276,40 voor een 'DBC polikliniek dermatologie' maar ik ben daar nooit geweest! Factuurnummer 30-2025-004418. Volgens mij is dit een vergissing met iemand anders. Mijn gegevens: [[N|Thijs Bosman]], [[DOB|5-5-1979]], [[A|Nieuwe Kerkstraat 8]] [[PC|2011 HW]] Haarlem.""",

"""Mijn vader ligt op afdeling B4 na een [[S|hartinfarct]]. Hij is [[S|moslim]] en mag geen varkensvlees. Kunnen jullie zorgen dat hij halal maaltijden krijgt? Zijn naam is [[N|Mustafa Karaca]]. Groet, zijn zoon [[N|Emre]].""",

"""Goedenavond. Ik wil het medisch dossier van mijn overleden moeder opvragen. Zij is in december op de IC overleden. Welke stappen moet ik zetten en moet ik een verklaring van erfrecht meesturen?""",

"""Namens het wijkteam Zuid: ik begeleid dhr. [[N|Lucas Pereira]], die een afspraak heeft bij de [[S|psychiater]] op 4 april. Hij heeft geen telefoon meer, berichten kunnen naar mijn werkmail [[E|l.vandijk@wijkteamzuid.nl]]. [[N|Lisette van Dijk]], wijkverpleegkundige""",

"""Op mijn afsprakenkaart staat 'Poli 2.14, route 62'. Maar op de website staat een andere locatie voor orthopedie. Waar moet ik zijn?""",

"""Hierbij stuur ik de ingevulde vragenlijst voor de anesthesie terug. Kort samengevat: ik gebruik [[S|metformine]] en [[S|insuline]] voor mijn [[S|diabetes type 2]], ben allergisch voor [[S|penicilline]] en heb een [[S|kunstheup]] links. Operatiedatum 9 mei. [[N|J.M. Visser-Akkerman]], geb. [[DOB|18.02.1955]]""",

"""Ik wil weten of ik de kosten van de [[S|bevalling]] zelf moet betalen. Ik ben op 2 januari bevallen in jullie ziekenhuis en kreeg vandaag een rekening van € 329. Mijn polisnummer bij de verzekeraar is 193-55120-A. [[N|Olena Kovalenko]], tel [[T|06-57 03 11 82]]""",

"""Beste patiëntenservice, hoe vraag ik een kopie van mijn röntgenfoto's op? Ik ga naar een fysio buiten de regio.""",

"""Ik ben [[S|rolstoelgebruiker]] en heb morgen een afspraak. Is er een invalidenparkeerplaats bij ingang Oost? Bvd, [[N|Femke]]""",

"""RE: Uw afspraak Longziekten 14-03 09:30

Dag,

Ik kan op 14 maart niet, ik moet dan werken. Kan het later in de middag?

[[N|Arjen Huisman]]
[[T|06 - 1422 8806]]

> Beste heer [[N|Huisman]],
> U heeft een afspraak bij de polikliniek Longziekten op vrijdag 14 maart om 09:30 bij dr. [[N|R. Nieuwenhuis]].
> Neem uw medicijnoverzicht en uw [[S|inhalers]] mee.
> Met vriendelijke groet,
> Afsprakenbureau Longziekten, tel. 088 - 320 55 00""",

"""Ik ben verpleegkundige bij jullie geweest tot vorig jaar en wil een werkgeversverklaring. Bij wie moet ik zijn, HR of de afdeling? Mijn personeelsnummer was 110238; ik heette toen nog [[N|Nicole Verbeek]], inmiddels [[N|Nicole Brandsma]].""",

"""Goedemorgen, ik schrijf als tolk Arabisch voor dhr. [[N|Ahmad Al-Hassan]]. Hij heeft op 22 april een [[S|dialyse]]-afspraak en wil weten of er iemand is die Arabisch spreekt. Zijn geboortedatum [[DOB|01-01-1961]]. Zijn telefoon: [[T|0031 6 4402 8817]]. Met vriendelijke groet, [[N|Rania Saleh]], tolk""",

"""Mijn dochter van 15 wil zelf haar uitslagen in het patiëntenportaal zien, maar ik als moeder wil ook meekijken. Hoe zit dat met de privacy vanaf 12 jaar?""",

"""Ik ben op 6 februari bij jullie geweest voor een [[S|abortus]] en heb een rekening thuisgekregen die mijn ouders hebben opengemaakt. Kunnen jullie voortaan alles naar [[E|chen.yuxin97@outlook.com]] sturen in plaats van naar het huisadres? [[N|Chen Yuxin]]""",

"""Hoe lang is de wachttijd bij de polikliniek neurologie op dit moment?""",

"""graag terugbellen over de uitslag van mijn biopt. [[N|henk wijnands]] [[T|0618773402]] geboren [[DOB|1952]]""",
]
