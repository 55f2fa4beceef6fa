# Dutch (and Flemish) customer messages: (text, labels). Placeholders {{KIND:id[:fmt]}} see build.py.
MSGS = [
("hoi, mijn pakketje is nog steeds niet binnen. bestelnr 4003918827, besteld op 3 maart. kunnen jullie even kijken?", ""),

("""Goedemiddag,

Per 1 mei verhuis ik van Kastanjestraat 41 in Apeldoorn naar Molenweg 7-A, 8012 KT Zwolle. Kunt u het contract meeverhuizen? Klantnummer 200381745.

Met vriendelijke groet,
Henk Bosma""",
 "ADDRESS=Kastanjestraat 41;ADDRESS=Molenweg 7-A;POSTCODE=8012 KT;PERSON_NAME=Henk Bosma"),

("Ik wil mijn betaalrekening {{IBAN_NL:a:grp}} opheffen. Mijn vrouw Yvonne houdt de gezamenlijke rekening aan.",
 "IBAN={{IBAN_NL:a:grp}};PERSON_NAME=Yvonne"),

("Ik heb sinds vorig jaar diabetes type 2 en wil weten of de sensor van de huisarts vergoed wordt. Mijn BSN is {{BSN:a}}.",
 "SPECIAL_CATEGORY=diabetes type 2;BSN={{BSN:a}}"),

("Wordt fysiotherapie vergoed vanuit het basispakket of heb ik daar een aanvullende verzekering voor nodig?", ""),

("Mijn overstapcode is 84K2-PT9Q, het nummer dat mee moet is 06-38 19 20 47. Graag per 15 juni overzetten.",
 "PASSWORD=84K2-PT9Q;PHONE=06-38 19 20 47"),

("Er lekt water door het plafond in de badkamer bij ons, Van Speijkstraat 88-III. Ik ben hoogzwanger en kan zelf niet de ladder op. Bel aub 0621908374 – Naima Boukhari",
 "ADDRESS=Van Speijkstraat 88-III;SPECIAL_CATEGORY=hoogzwanger;PHONE=0621908374;PERSON_NAME=Naima Boukhari"),

("Ik ben gisteren vergeten uit te checken op Utrecht Centraal. Het nummer van mijn OV-chipkaart is 3528 0100 4471 2290. Krijg ik het instaptarief terug?", ""),

("Goedendag, ik wil een afspraak maken om mijn paspoort te verlengen. Het oude nummer is NRF4K81L2, hij verloopt op 12-08 dit jaar. Groet, Mw. J.M. Kuipers-de Lange",
 "ID_DOCUMENT=NRF4K81L2;PERSON_NAME=J.M. Kuipers-de Lange"),

("Kan ik een bestelling ook afhalen in de winkel in Eindhoven? Het gaat om artikel 8719202 (Philips airfryer XXL).", ""),

("Hallo, ik rij de leaseauto met kenteken GZ-418-T en de ruitenwisser is afgebroken. Waar kan ik terecht?\nGroeten, Mehmet Yıldız, tel 06 - 29 44 10 83",
 "LICENCE_PLATE=GZ-418-T;PERSON_NAME=Mehmet Yıldız;PHONE=06 - 29 44 10 83"),

("Mijn buurvrouw mevrouw Oosterhuis op nummer 14 heeft een pakket voor mij aangenomen, maar zij is nu op vakantie. Kan het opnieuw bezorgd worden? Trackingcode 3SPOST8821907.",
 "PERSON_NAME=Oosterhuis"),

("Ik ben geboren op 23 november 1961 en wil weten wanneer mijn ouderdomspensioen ingaat. BSN: {{BSN:b:dots}}",
 "DATE_OF_BIRTH=23 november 1961;BSN={{BSN:b:dots}}"),

("Beste juf Marieke, Daan is vandaag thuis, hij heeft waterpokken. Groetjes, Linda (moeder van Daan)",
 "PERSON_NAME=Marieke;PERSON_NAME=Daan;SPECIAL_CATEGORY=waterpokken;PERSON_NAME=Linda"),

("Ik krijg steeds de melding dat mijn pas geblokkeerd is. Ik heb 3x 7391 ingetoetst en dat is toch echt mijn pincode??",
 "PASSWORD=7391"),

("Naar welk rekeningnummer moet ik het teveel ontvangen bedrag terugstorten? Op de factuur staat {{IBAN_NL:org1:grp}} maar is dat niet van jullie oude bank?", ""),

("Meterstanden per 31-12: normaal 04512, dal 03988, gas 02214. Klantnummer 7004412983.", ""),

("Mijn internet valt steeds weg. Volgens de modempagina is mijn externe IP 84.26.173.9 en het interne adres 192.168.178.1. Het wifi-wachtwoord heb ik al veranderd in Tulpen!Veld2024 maar het helpt niets.",
 "IP=84.26.173.9;PASSWORD=Tulpen!Veld2024"),

("""Schademelding
Op 4 februari is op de parking van de supermarkt iemand tegen mijn wagen (1-KXD-374) gereden. Gegevens tegenpartij: Stijn Van den Broeck, Tiensesteenweg 212, 3001 Heverlee, nummerplaat 2-ABF-991. Hij heeft het aanrijdingsformulier getekend.""",
 "LICENCE_PLATE=1-KXD-374;PERSON_NAME=Stijn Van den Broeck;ADDRESS=Tiensesteenweg 212;POSTCODE=3001;LICENCE_PLATE=2-ABF-991"),

("Krijg ik ook korting als ik de actie met de kaartjes voor André Rieu combineer met mijn voordeelpas?", ""),

("Ik wil de jurk (maat 38) retourneren, maar er zat geen retourlabel bij. Ordernummer #NL-220391. Mijn mail is wendy_kooistra@ziggo.nl",
 "EMAIL=wendy_kooistra@ziggo.nl"),

("Hierbij vraag ik een bewonersvergunning aan voor mijn nieuwe auto. Oud kenteken 45-TNF-8, nieuw kenteken HX-602-V. Adres blijft Bilderdijkstraat 203-H.",
 "LICENCE_PLATE=45-TNF-8;LICENCE_PLATE=HX-602-V;ADDRESS=Bilderdijkstraat 203-H"),

("Hoe lang duurt het voordat een declaratie is uitbetaald? Ik heb hem maandag via de app ingediend voor mijn zoontje, BSN {{BSN:f}}, declaratienummer 88-2031.", "BSN={{BSN:f}}"),

("Mijn dochter Sophie (geb. 02-05-2011) heeft volgens de orthodontist een beugel nodig. Valt dat onder de jeugdtandzorg? Haar BSN is {{BSN:c:sp}}.",
 "PERSON_NAME=Sophie;DATE_OF_BIRTH=02-05-2011;SPECIAL_CATEGORY=beugel;BSN={{BSN:c:sp}}"),

("Wie is Ahmed Rachidi? Er staat een abonnement op zijn naam op mijn adres, maar die persoon woont hier niet.",
 "PERSON_NAME=Ahmed Rachidi"),

("Storing in Lombok (Utrecht)? Al sinds 14:00 geen internet in de hele wijk.", ""),

("Ik ben gebeld door iemand die zei dat hij van jullie fraudeafdeling was, ene Kevin de Wit. Ik heb hem de code 218 904 uit de sms gegeven. Wat moet ik nu doen?? Mijn rekening: {{IBAN_NL:b}}",
 "PERSON_NAME=Kevin de Wit;PASSWORD=218 904;IBAN={{IBAN_NL:b}}"),

("Jullie medewerker aan de telefoon was heel vriendelijk vandaag, geef haar een compliment!", ""),

("""Urgentieaanvraag
Sinds mijn ongeluk zit ik in een rolstoel en ik kan de trap naar mijn woning op drie hoog niet meer op.
Contact: r.pinas@outlook.com / 06 10 98 44 27
Raymond Pinas""",
 "SPECIAL_CATEGORY=rolstoel;EMAIL=r.pinas@outlook.com;PHONE=06 10 98 44 27;PERSON_NAME=Raymond Pinas"),

("We hebben een reis naar Kreta geboekt (boekingsnr 5520-88213). Reizigers: Jeroen en Fleur Smit-Halsema en de kinderen Bram (4) en Lotte (7). Kan er een kinderbedje bij?",
 "PERSON_NAME=Jeroen;PERSON_NAME=Fleur Smit-Halsema;PERSON_NAME=Bram;PERSON_NAME=Lotte"),

("Op de website staat als voorbeeld postcode 1234 AB en telefoonnummer 06-12345678, maar het formulier accepteert mijn Belgische nummer met +32 niet. Hoe los ik dat op?", ""),

("""Goedemorgen,

De watermeter in de kruipruimte lekt. Ik ben thuis vanaf 13.00 uur.

Adres: Zonnebloemstraat 9, 7553 GH Hengelo

Marco Tuinstra""",
 "ADDRESS=Zonnebloemstraat 9;POSTCODE=7553 GH;PERSON_NAME=Marco Tuinstra"),

("Mijn creditcard {{CARD_V:a:grp}} is gestolen in Barcelona, graag direct blokkeren!!",
 "CARD={{CARD_V:a:grp}}"),

("Ik heb per ongeluk twee keer betaald voor bestelling 1029384756 (€ 89,95). Kunnen jullie één keer terugstorten?", ""),

("Mijn vader is vorige week overleden. Hoe zeg ik zijn parkeervergunning op?", ""),

("Sleutelkastje hangt naast de voordeur, code 4-1-9-8. De monteur mag zelf naar binnen voor de slimme meter. Groet, Anja",
 "PASSWORD=4-1-9-8;PERSON_NAME=Anja"),

("Ik gebruik al jaren sertraline en de apotheek zegt nu dat het niet meer vergoed wordt?",
 "SPECIAL_CATEGORY=sertraline"),

("Vergoeden jullie de griepprik ook voor mensen onder de 60?", ""),

("Naam: Thi Lan Nguyen\nGeboortedatum: 30/01/1994\nKlantnummer: 11829340\nVraag: ik wil mijn bundel verlagen naar 10 GB.",
 "PERSON_NAME=Thi Lan Nguyen;DATE_OF_BIRTH=30/01/1994"),

("Ik ben tweedejaars bij jullie en heb dyslexie. Krijg ik extra tijd bij het tentamen van 14 juni? Studentnummer 2093381.",
 "SPECIAL_CATEGORY=dyslexie"),

("Bezorger heeft het pakket gewoon in de papiercontainer gegooid!! Trackingnummer 3SABCD1234567. Dit is al de derde keer.", ""),

("""Geachte heer/mevrouw,

Hierbij zeg ik de huur op van Hoofdstraat 12b, 9401 AB Assen, per 1 juli. Mijn nieuwe adres wordt Kerkplein 3, 9401 CB Assen.

Met vriendelijke groet,
G. Hoekstra""",
 "ADDRESS=Hoofdstraat 12b;POSTCODE=9401 AB;ADDRESS=Kerkplein 3;POSTCODE=9401 CB;PERSON_NAME=G. Hoekstra"),

("Kunt u Fatma Öztürk toevoegen als gemachtigde op mijn rekening? Haar eigen IBAN is {{IBAN_NL:c:grp}}, mobiel 0031 6 5512 0937.",
 "PERSON_NAME=Fatma Öztürk;IBAN={{IBAN_NL:c:grp}};PHONE=0031 6 5512 0937"),

("Hallo, ik woon aan de Prins Hendrikkade. Is er in mijn straat al glasvezel beschikbaar?", ""),

("Ik heb een boete van het CJIB gekregen voor te hard rijden met mijn leaseauto, maar ik reed die dag niet. Kenteken S-284-JK. Wie moet de boete betalen?",
 "LICENCE_PLATE=S-284-JK"),

("Mijn zoon heeft autisme en ADHD. Kunnen we een reisverzekering afsluiten die ook zijn medicatie dekt?",
 "SPECIAL_CATEGORY=autisme;SPECIAL_CATEGORY=ADHD"),

("Factuur 2024-00871 klopt niet: u rekent 1.250 kWh maar ik heb er maar 980 verbruikt. Het verschil is € 74,30.", ""),

("Mijn partner Joost en ik zijn allebei doof. Kunnen we ergens via tekst contact opnemen in plaats van via de intercom bij de poortjes?",
 "PERSON_NAME=Joost;SPECIAL_CATEGORY=doof"),

("Ik kom net uit detentie en heb nog geen inkomen. Hoe vraag ik bijstand aan? Ik sta ingeschreven op Dorpsstraat 77, bij mijn broer Rachid.",
 "SPECIAL_CATEGORY=uit detentie;ADDRESS=Dorpsstraat 77;PERSON_NAME=Rachid"),

("Klopt het dat de pensioenen per 1 januari met 3,8% worden geïndexeerd?", ""),

("Mijn e-mailadres staat verkeerd in jullie systeem. Het moet zijn: k punt vermeulen apenstaartje kpnmail punt nl",
 "EMAIL=k punt vermeulen apenstaartje kpnmail punt nl"),

("Graag nummerbehoud. Nummer +31 6 47 03 22 18, klantnummer bij de oude provider 88271, overstapcode YT7-44M-K2.",
 "PHONE=+31 6 47 03 22 18;PASSWORD=YT7-44M-K2"),

("Wanneer worden de nieuwe tarieven voor 1 juli bekend? Ik las in de krant dat de minister iets zou aankondigen.", ""),

("De overboeking van 450 euro naar {{IBAN_NL:d:grp}} (mijn huisbaas, dhr. Petrov) staat al drie dagen op 'in behandeling'.",
 "IBAN={{IBAN_NL:d:grp}};PERSON_NAME=Petrov"),

("Wij hebben een lekkage in de meterkast. Ik ben 81 en slecht ter been, kan er iemand langskomen? Tel. 0546-871203.",
 "SPECIAL_CATEGORY=slecht ter been;PHONE=0546-871203"),

("Goedemiddag, ik ben Jan-Willem, de zoon van mevrouw Brouwer. Zij heeft Alzheimer en ik regel nu haar zaken. Kan ik gemachtigd worden voor haar energiecontract?",
 "PERSON_NAME=Jan-Willem;PERSON_NAME=Brouwer;SPECIAL_CATEGORY=Alzheimer"),

("Wat is het adres van jullie kantoor in Den Bosch? Ik wil een brief persoonlijk afgeven.", ""),

("Ik heb de sleutels teruggestuurd naar Postbus 4100, 3502 HE Utrecht, zoals in jullie brief stond. Zijn ze al aangekomen?", ""),

("Bezorgadres wijzigen naar: Mevr. A. Kowalczyk, Spoorlaan 140-3, 5038 CH Tilburg. Bestelling 88123.",
 "PERSON_NAME=A. Kowalczyk;ADDRESS=Spoorlaan 140-3;POSTCODE=5038 CH"),

("Mijn schadevrije jaren kloppen niet, ik rijd sinds 2009 zonder schade. Rijbewijsnummer 5419327780.",
 "ID_DOCUMENT=5419327780"),

("Voor de identificatie: Priya Ramdin, geboren 7 juli '88 te Paramaribo.",
 "PERSON_NAME=Priya Ramdin;DATE_OF_BIRTH=7 juli '88"),

("Wanneer beginnen de zomervakanties van 2025 in regio Noord? Ik wil het schoolreisje plannen.", ""),

("Er is €129 afgeschreven van mijn creditcard eindigend op 4417 door een webshop die ik niet ken. Graag terugboeken.", ""),

("Ik ben gisteren om 17:12 mijn rugzak verloren in de trein van Amersfoort naar Zwolle. Er zaten mijn insulinepen en laptop in. Mijn nummer: 06-19283746",
 "SPECIAL_CATEGORY=insulinepen;PHONE=06-19283746"),

("De buren op nummer 21 (familie Sarmo) maken elke nacht herrie. Wat kunnen jullie hieraan doen? Ik woon zelf op Berkenhof 19.",
 "PERSON_NAME=Sarmo;ADDRESS=Berkenhof 19"),

("Ik wil me graag aanmelden bij de huurdersvereniging. Waar kan dat?", ""),

("Ik ben lid van de FNV en daar zeggen ze dat ik bezwaar kan maken tegen de huurverhoging. Klopt dat?",
 "SPECIAL_CATEGORY=lid van de FNV"),

("Als moslim vast ik tijdens de ramadan. Kan mijn afspraak voor de keuring naar na zonsondergang?",
 "SPECIAL_CATEGORY=moslim"),

("Zijn jullie kantoren gesloten op Tweede Paasdag?", ""),

("Mijn ex-partner Carlos Mendes da Silva heeft recht op een deel van mijn pensioen. Zijn geboortedatum is 19-09-1970 en hij woont op Parallelweg 8A, 2211 BK Noordwijkerhout.",
 "PERSON_NAME=Carlos Mendes da Silva;DATE_OF_BIRTH=19-09-1970;ADDRESS=Parallelweg 8A;POSTCODE=2211 BK"),

("sim kwijt!! blokkeren aub 0612873309", "PHONE=0612873309"),

("Hoeveel kost bellen naar Marokko met de onbeperkt-bundel?", ""),

("Mijn polisnummer is 120-44871-03. Ik wil mijn inboedelverzekering uitbreiden met glasdekking. De extra premie mag van mijn creditcard: {{CARD_M:c}}", "CARD={{CARD_M:c}}"),

("Mijn ID-kaart (IPF82KX17) is uit mijn auto gestolen. Aangifte is gedaan, nummer proces-verbaal 2024123456. Hoe vraag ik een nieuwe aan?",
 "ID_DOCUMENT=IPF82KX17"),

("Jullie formulier zegt dat mijn BSN ongeldig is, maar ik typ gewoon {{BADBSN:a}} zoals op mijn paspoort staat. Wat gaat er mis?", ""),

("Ik verhuis naar Wallonië. Nieuw adres: Rue de la Station 14, 1300 Wavre. Graag de eindafrekening storten op {{IBAN_BE:a:grp}}.",
 "ADDRESS=Rue de la Station 14;POSTCODE=1300;IBAN={{IBAN_BE:a:grp}}"),

("Kunnen jullie de stroom van jullie windpark in Flevoland ook aan een VvE leveren?", ""),

("Reparatieverzoek: cv-ketel geeft storing E119. Code van de portiekdeur is 1907#, overdag ben ik er niet. Tel. +31 (0)6 2045 7781. Groet, Ewa",
 "PASSWORD=1907#;PHONE=+31 (0)6 2045 7781;PERSON_NAME=Ewa"),

("Mijn zoon Yusuf Demir (groep 6) wordt volgende week aan zijn amandelen geopereerd en is dan twee weken afwezig.",
 "PERSON_NAME=Yusuf Demir;SPECIAL_CATEGORY=aan zijn amandelen geopereerd"),

("Mijn contract liep af op 28-02-2024, maar ik krijg nog steeds facturen. Klantnr 55012934.", ""),

("Kan ik een cadeaubon laten opsturen naar mijn oma? Ze heet Geertruida van der Meulen en woont in Zeist, Slotlaan 300.",
 "PERSON_NAME=Geertruida van der Meulen;ADDRESS=Slotlaan 300"),

("Ik heb geld overgemaakt naar een verkeerd nummer. Het had {{IBAN_NL:e:grp}} moeten zijn, maar ik heb per ongeluk {{BADIBAN_NL:a:grp}} ingetypt. Komt het geld vanzelf terug?",
 "IBAN={{IBAN_NL:e:grp}}"),

("Waar vind ik de jaaropgave voor mijn belastingaangifte?", ""),

("Ik woon in Kerkrade maar mijn leaseauto heeft een Duits kenteken (AC-LM 482). Moet dat omgezet worden?",
 "LICENCE_PLATE=AC-LM 482"),

("In jullie folder staat dat behandeling van depressie vanaf 18 jaar vergoed wordt. Geldt dat ook voor online therapie?", ""),

("Ik ben sinds maart in behandeling voor een depressie en de psycholoog zegt dat ik nog 12 sessies nodig heb. Hoeveel worden er vergoed?",
 "SPECIAL_CATEGORY=depressie"),

("Ik heb gisteren gechat met Roos en daarna met een collega, Bas, maar niemand kon mijn probleem oplossen. Ticket #99812.",
 "PERSON_NAME=Roos;PERSON_NAME=Bas"),

("Zijn jullie winkels in Rotterdam op zondag open?", ""),

("Als homostel willen mijn vriend en ik samen een hypotheek afsluiten. Moeten we daarvoor getrouwd zijn of is samenwonen genoeg?",
 "SPECIAL_CATEGORY=homostel"),

("Graag de termijnbedragen voortaan afschrijven van de rekening van mijn vrouw: {{IBAN_NL:f:lowraw}} t.n.v. S. El Idrissi.",
 "IBAN={{IBAN_NL:f:lowraw}};PERSON_NAME=S. El Idrissi"),

("Mag het pakket voortaan bij de buren op Acaciastraat 15 (fam. Janssens) worden afgegeven? Ik woon zelf op 17.",
 "ADDRESS=Acaciastraat 15;PERSON_NAME=Janssens"),

("Mijn huurtoeslag is stopgezet. Kan ik de huur van deze maand in termijnen betalen? Ik zit echt krap.", ""),

("Tijdens de reis in Thailand ben ik aangereden door een scooter, gebroken pols. Polisnummer 77120. Mijn Thaise nummer: +66 81 234 5678.",
 "SPECIAL_CATEGORY=gebroken pols;PHONE=+66 81 234 5678"),

("Ik moet mijn rijbewijs verlengen maar heb een medische keuring nodig vanwege epilepsie. Hoe lang duurt dat ongeveer?",
 "SPECIAL_CATEGORY=epilepsie"),

("Bel me niet meer op dit nummer!! Ik heb al drie keer gezegd dat ik geen interesse heb.", ""),

("""Geachte heer, mevrouw,

Op 12 april jl. heb ik via internetbankieren een bedrag van € 2.300,00 overgemaakt naar een rekening die achteraf van een oplichter bleek te zijn. Ik heb inmiddels aangifte gedaan bij de politie.

Mijn gegevens:
Naam: Wilhelmina Scholten-Bakker
Rekeningnummer: {{IBAN_NL:g:grp}}
Geboortedatum: 14-10-1949
Telefoon: 0523 - 61 22 90

Ik verzoek u vriendelijk de schade te vergoeden.

Hoogachtend,
W. Scholten-Bakker
Dedemsvaart""",
 "PERSON_NAME=Wilhelmina Scholten-Bakker;IBAN={{IBAN_NL:g:grp}};DATE_OF_BIRTH=14-10-1949;PHONE=0523 - 61 22 90;PERSON_NAME=W. Scholten-Bakker"),

("Ik ben mijn inlogcode vergeten. Hoe vraag ik een nieuwe aan?", ""),

("Kunnen jullie mijn Amex {{CARD_A:a:grp}} als betaalmethode toevoegen? De site weigert hem steeds.",
 "CARD={{CARD_A:a:grp}}"),

("Betaling mislukt met kaartnummer {{BADCARD:a:grp}}, vervaldatum 09/27. Wat is er aan de hand?", ""),

("De waterdruk is heel laag sinds de werkzaamheden in onze straat. Is dat bij jullie bekend?", ""),

("Er stond vandaag een verkoper van jullie aan de deur (Mo, met een badge) die wilde dat ik meteen tekende. Werkt die echt voor jullie?",
 "PERSON_NAME=Mo"),

("Mijn IPv6-adres is 2a02:a440:5c1d:1:8d3f:e21:77b4:9a01 en poort 443 lijkt dicht te staan. Kunnen jullie dat checken?",
 "IP=2a02:a440:5c1d:1:8d3f:e21:77b4:9a01"),

("Ik voel me gediscrimineerd omdat ik van Marokkaanse afkomst ben: de huismeester spreekt mij heel anders aan dan de andere huurders.",
 "SPECIAL_CATEGORY=van Marokkaanse afkomst"),

("Hoe meld ik een kapotte lantaarnpaal in de Pieter de Hoochstraat?", ""),

("Ik ben van 1957 en wil weten of ik in aanmerking kom voor de korting op de OZB.",
 "DATE_OF_BIRTH=1957"),

("Hoi! Mijn naam staat in de app als 'Jozef Nowak' maar het moet 'Józef Nowak' zijn, met accent. Kunnen jullie dat aanpassen?",
 "PERSON_NAME=Jozef Nowak;PERSON_NAME=Józef Nowak"),

("Kan ik mijn abonnement pauzeren als ik drie maanden in het buitenland zit?", ""),

("Aanvraag AOV: ik heb in 2019 een hernia gehad. Moet ik dat melden in de gezondheidsverklaring?",
 "SPECIAL_CATEGORY=hernia"),

("Mijn account is gehackt! Iemand heeft het wachtwoord veranderd, het oude was Kaasschaaf#88. Er is gisteren ingelogd vanaf 185.107.56.34, dat was ik niet. Mijn e-mail: dewi.hartono@gmail.com",
 "PASSWORD=Kaasschaaf#88;IP=185.107.56.34;EMAIL=dewi.hartono@gmail.com"),

("Mijn relatienummer is 9100234871 (10 cijfers) maar het veld accepteert er maar 9. Wat moet ik invullen?", ""),

("De grijze containers in onze straat (Lijsterbesstraat) zijn vandaag weer niet geleegd.", ""),

("Mijn moeder ontvangt een nabestaandenpensioen. Haar naam: Hatice Kaya, geboren 01.03.1948, BSN {{BSN:d:sp3}}. Zij is verhuisd naar een verpleeghuis, waar moet de post heen?",
 "PERSON_NAME=Hatice Kaya;DATE_OF_BIRTH=01.03.1948;BSN={{BSN:d:sp3}};SPECIAL_CATEGORY=verpleeghuis"),

("Waarom krijg ik twee keer dezelfde brief over de jaarafrekening?", ""),

("Wij willen annuleren, mijn vrouw is zwanger en mag na 32 weken niet meer vliegen. Boekingsnummer 7731-0042.",
 "SPECIAL_CATEGORY=zwanger"),

("tel nummer wijzigen naar 0687712034 graag", "PHONE=0687712034"),

("ok dank je, dat was het", ""),

("Kan de vervangende auto bij mij thuis worden gebracht? Nieuwe Binnenweg 311A, Rotterdam. Mijn huidige auto is de 89-ZKL-3.",
 "ADDRESS=Nieuwe Binnenweg 311A;LICENCE_PLATE=89-ZKL-3"),

("Ik wil per 1 januari naar jullie overstappen. Tot wanneer kan ik opzeggen bij mijn huidige zorgverzekeraar?", ""),

("Kan mijn dochter, Chantal Rozendaal (06 33 12 98 70), meekijken in mijn bankzaken? Ik zie slecht door maculadegeneratie.",
 "PERSON_NAME=Chantal Rozendaal;PHONE=06 33 12 98 70;SPECIAL_CATEGORY=maculadegeneratie"),

("Ik zag die reclame met Frans Bauer. Krijg ik ook die 50 euro welkomstkorting?", ""),

("Ouderbijdrage betaald voor Noah en Mila van den Berg vanaf rekening {{IBAN_NL:h}}, maar in de app staat het nog open.",
 "PERSON_NAME=Noah;PERSON_NAME=Mila van den Berg;IBAN={{IBAN_NL:h}}"),

("Ik heb zonnepanelen en wil terugleveren. Mijn EAN-code is 871687120012345678, wat moet ik nog meer doen?", ""),

("Er zit asbest in de schuur, zegt de aannemer. Ik ben bang, want ik heb COPD. Wanneer wordt het verwijderd?",
 "SPECIAL_CATEGORY=COPD"),

("Mijn aanvraag voor een telefoon op afbetaling is afgewezen vanwege een BKR-registratie, maar die schuld is al afgelost.", ""),

("Bezorg het pakket alsjeblieft bij het afhaalpunt en niet thuis. Ik lig deze week in het ziekenhuis voor mijn chemokuur.",
 "SPECIAL_CATEGORY=chemokuur"),

("Fietsdiefstal gemeld. Gazelle, framenummer GZ8812347, gestolen voor de deur op Burgemeester Visserpark 6. Proces-verbaal volgt.",
 "ADDRESS=Burgemeester Visserpark 6"),

("Ik wil bezwaar maken tegen de WOZ-waarde 2024. Objectnummer 0363 0001 2345 6789.", ""),

("Nieuwe pas aangevraagd, maar de pincodebrief is niet aangekomen. Kunt u hem naar mijn nieuwe adres sturen: Ouddiep 3, 7812HG Emmen?",
 "ADDRESS=Ouddiep 3;POSTCODE=7812HG"),

("Graag mijn vriendin toevoegen aan het familieabonnement: Lieke Dijkstra, lieke.dijkstra99 @ hotmail .com",
 "PERSON_NAME=Lieke Dijkstra;EMAIL=lieke.dijkstra99 @ hotmail .com"),

("Op jullie storingspagina staat 'gepland onderhoud 02:00-06:00'. Geldt dat ook voor tv?", ""),

("Op mijn factuur staat nog de naam van de vorige bewoner, M. Verbeek. Graag aanpassen naar mijn naam: Olusegun Adeyemi.",
 "PERSON_NAME=M. Verbeek;PERSON_NAME=Olusegun Adeyemi"),

("Kan ik de eigen bijdrage voor mijn hoortoestel gespreid betalen?",
 "SPECIAL_CATEGORY=hoortoestel"),

("Je mag de chat sluiten, mijn vraag is beantwoord.", ""),

("Ik wil mijn Belgisch rijbewijs laten omzetten in een Nederlands. Het nummer is 4402731956, afgegeven in Antwerpen.",
 "ID_DOCUMENT=4402731956"),

("Paspoortgegevens voor de vlucht naar Curaçao: Ricardo Martina, paspoortnr. NX3PR8T41, geldig tot 2031.",
 "PERSON_NAME=Ricardo Martina;ID_DOCUMENT=NX3PR8T41"),

("Jullie nummer 088-980 11 22 is de hele ochtend in gesprek. Is er een ander nummer?", ""),

("Ik woon tegenwoordig in Frankrijk, 8 chemin des Vignes, 24200 Sarlat. Kunnen jullie mijn UPO voortaan per post sturen?",
 "ADDRESS=8 chemin des Vignes;POSTCODE=24200"),

("Ik heb net een nieuwe pincode gekozen, 0550, maar de automaat zegt 'ongeldig'.",
 "PASSWORD=0550"),

("Waarom is mijn voorschot ineens 40 euro per maand hoger? Ik heb niets veranderd.", ""),

("Mijn hond Bolt heeft een heupoperatie nodig. Dekt de dierenverzekering dat, of valt artrose onder de uitsluitingen?", ""),

("Op de track & trace staat 'afgeleverd bij Bakker', maar ik ken helemaal geen Bakker in de buurt!",
 "PERSON_NAME=Bakker"),

("Graag huwelijk aanmelden voor 14 september: Anouk Verhoeven en Thomas Ngata.",
 "PERSON_NAME=Anouk Verhoeven;PERSON_NAME=Thomas Ngata"),

("Kan ik op zaterdag een afspraak maken bij het loket in Lelystad?", ""),

("Na mijn borstkankeroperatie heb ik een prothese nodig. Hoe vaak mag ik een nieuwe aanvragen?",
 "SPECIAL_CATEGORY=borstkankeroperatie;SPECIAL_CATEGORY=prothese"),

("Inloggen op het modem lukt niet met admin / Zeepaard77. Moet ik een reset doen?",
 "PASSWORD=Zeepaard77"),

("Is er ook een klantenservice in het Engels? Mijn man spreekt nog geen Nederlands.", ""),

("Huur graag vanaf nu incasseren van {{IBAN_NL:i:grp}}, dat is de rekening van mijn broer Dennis.",
 "IBAN={{IBAN_NL:i:grp}};PERSON_NAME=Dennis"),

("Jullie monteur Pieter heeft op 18 januari de meter vervangen, maar de nieuwe stand staat nog niet in de app.",
 "PERSON_NAME=Pieter"),

("Wat betekent 'aansluitwaarde 3x25A' op mijn contract?", ""),

("Dag, ik ben al klant sinds 2015. Mijn gsm-nummer is veranderd: 0486/55.21.09. Groetjes, Jolien Peeters, Kortrijk",
 "PHONE=0486/55.21.09;PERSON_NAME=Jolien Peeters"),
]
