# Dutch (and Flemish) messages, part C: other sectors
MESSAGES = [
"""Mijn meterstanden voor de jaarafrekening: normaal 18.442, dal 21.076, gas 6.215 m3. Klantnummer 1009-884-21. De opnamedatum is 28 februari.""",

"""Geachte klantenservice,

Ik ontving een aanmaning voor een factuur die ik al betaald heb. Ik heb op 14 januari € 96,12 overgemaakt naar uw rekening {{@nl20:g}} onder vermelding van factuurnummer 7004418821. Het geld is van mijn rekening [[IBAN|@nl6:g]] afgeschreven.

Ik verzoek u de aanmaning in te trekken en de incassokosten niet in rekening te brengen.

Met vriendelijke groet,
[[N|Wim de Kok]]
[[A|Spoorsingel 3 rd]]
[[PC|2613 BC]] Delft""",

"""Onze woning (huurder [[N|Aylin Şahin]], [[A|Meeuwenlaan 230]]) heeft al maanden schimmel in de badkamer en mijn dochter heeft daardoor [[S|astma]]-aanvallen. De huisarts heeft een verklaring geschreven. Wanneer komt er iemand?""",

"""Hoe kan ik mijn huurtoeslag laten meetellen bij de huurverhoging? Of heeft dat er niks mee te maken?""",

"""Mijn pinpas is ingeslikt door de automaat bij het station. Pasnummer eindigt op 0392. Moet ik hem blokkeren? Mijn pincode heb ik niet gedeeld.""",

"""Er zijn gisteren twee betalingen van mijn creditcard [[CARD|@visa1:g]] afgeschreven die ik niet herken, 2x € 249,- bij 'SHEIN*ORDER'. Ik wil ze betwisten. Kaart zit gewoon in mijn portemonnee. [[N|Jessica Tromp]] [[T|06-21 78 34 09]]""",

"""Dag, wij hebben een pakket teruggestuurd (retourlabel 3SXYZ9120448573) maar het geld is na drie weken nog niet teruggestort. Bestelnummer 100234988.""",

"""Pakket moet naar de buren als ik niet thuis ben: fam. [[N|Boukhari]], [[A|Esdoornlaan 16]]. Ik woon op nummer 14. Track & trace 3SDHL0048312776.""",

"""Ik wil mijn ov-chipkaart laten blokkeren, hij is gestolen. Kaartnummer 3528 0100 4471 2289. Ik heb een saldo van ongeveer 40 euro, kan dat naar een nieuwe kaart?""",

"""Mijn zoon [[N|Lucas Vermeer]] (groep 6, juf [[N|Anke]]) is [[S|coeliakie]]-patiënt en mag niet mee-eten met de traktaties. Kunnen jullie dit doorgeven aan de overblijfmoeders? Groet, [[N|Mieke Vermeer]]""",

"""Betreft: declaratie fysiotherapie

Ik heb sinds oktober 18 behandelingen fysiotherapie gehad voor mijn [[S|hernia]]. Hoeveel worden er vergoed uit mijn aanvullende verzekering? Relatienummer 112 448 093. Mijn BSN [[BSN|@bsn4:h]].

Mvg
[[N|Roel Jaspers]]""",

"""Wordt de anticonceptiepil vergoed uit de basisverzekering, en tot welke leeftijd?""",

"""Hallo, ik ben [[N|Fenna Dijkhuis]] van de Thuiszorg Noord-Drenthe en ik help dhr. [[N|Klaas Hooghiemstra]] ([[DOB|1936]]) met zijn pensioenzaken. Hij wil weten waarom zijn pensioen in januari lager was. Hij heeft een machtiging getekend, die stuur ik mee. Zijn BSN is [[BSN|@bsn5:s2]] en hij woont op [[A|Hoofdweg 122]], [[PC|9341 BJ]] Roden.""",

"""Ik wil mijn pensioen eerder laten ingaan, vanaf 64. Kan ik een berekening krijgen van wat ik dan netto overhoud?""",

"""Hallo, ik heb bij jullie een reis geboekt naar Turkije (boekingsnummer TR-88312) voor mij en mijn partner. Ik ben inmiddels [[S|zwanger]] en mijn gynaecoloog raadt vliegen af na 32 weken. Kan ik kosteloos omboeken? Reisgenoot: [[N|Okan Yilmaz]], ik ben [[N|Lisa Yilmaz-Brinkman]].""",

"""Beste, de leaseauto [[LP|X-442-KT]] moet voor onderhoud maar de garage vraagt een machtigingscode. Bestuurder: [[N|Sven Akkerman]], personeelsnr. 30112 bij Bouwbedrijf Ten Hove.""",

"""Kunt u mij vertellen of het kraanwater in Leeuwarden geschikt is voor babyvoeding?""",

"""Er staat een lekkage bij de watermeter in de kelder. Adres: [[A|Jan van Galenstraat 210-H]]. Kunt u vandaag komen? De sleutelkluis bij de deur heeft code [[PW|4471]]. Ik ben zelf aan het werk.""",

"""Goeiemiddag, ik woon in Antwerpen en wil mijn energiecontract overzetten. Ik ben [[N|Jef Vandenbroucke]], [[A|Lange Leemstraat 312]], [[PC|2018]] Antwerpen. Mijn rekeningnummer is [[IBAN|@be1:g]], gsm [[T|0478 21 66 09]]. EAN-code van de meter is 541448820041928374.""",

"""Ik heb een vraag over de rentevoet van mijn hypotheek, leningnummer 820.331.5571. Wanneer loopt de rentevaste periode af?""",

"""Goedendag, ik ben [[N|Marie-Louise Claeys]] uit Brugge. Ik had een afspraak met jullie adviseur [[N|Tom]] voor een autolening maar ik ben [[S|opgenomen in het ziekenhuis]]. Kan ik verzetten? [[E|ml.claeys@telenet.be]]""",

"""Hallo, bij het afrekenen in jullie webshop komt er een foutmelding. Ik heb drie keer mijn creditcard ingevuld, [[CARD|@mc1:d]], vervaldatum 08/27. Nu zijn er drie reserveringen op mijn kaart! Bestelling 55120983.""",

"""Ik heb een verkeerd kaartnummer ingevuld bij mijn bestelling, namelijk {{@xvisa1:g}} in plaats van het goede. Kan de bestelling geannuleerd worden? Bestelnummer WS-77214.""",

"""Wij hebben de huur opgezegd per 1 juni. Borg graag terugstorten naar [[IBAN|@nl7:gl]] t.n.v. [[N|D. Ramautar]] en [[N|S. Ramautar-Jagessar]]. Sleuteloverdracht kan op 31 mei.""",

"""Mijn BSN-nummer is volgens mij verkeerd overgenomen op de zorgpolis: er staat {{@xbsn1:p}}. Hoe kan ik dat laten aanpassen? Het juiste nummer heb ik nu niet bij de hand.""",

"""Welke documenten heb ik nodig om een rekening te openen als ik een vluchtelingenstatus heb en nog geen vast adres?""",

"""Ik heb mijn identiteitskaart laten scannen in de app maar hij wordt niet geaccepteerd. Het nummer is [[ID|IR7T29LK4]], geldig tot 2031. Wat doe ik fout? [[N|Aziz Rahimi]]""",

"""Op 12-03 heb ik de bus van 07:48 van lijn 22 gemist omdat hij te vroeg vertrok. Ik wil een klacht indienen. Chauffeur had een badge met '[[N|R. van Loon]]'.""",

"""Goedendag, kunt u mij laten weten of de Kerstmarkt-buslijnen in december ook langs het Koning Boudewijnstadion rijden?""",

"""Hallo, mijn dochter [[N|Imani Asante]] heeft een toelatingsbrief voor de brugklas ontvangen, maar we zijn verhuisd naar [[A|Sportlaan 4]], [[PC|1185 RK]] Amstelveen. Kan de schoolpost voortaan daarheen? Haar leerlingnummer is 220341. Moeder: [[N|Abena Asante]], [[T|020 - 645 1122]].""",

"""Mijn internetbankieren is geblokkeerd. Ik heb de activeringscode [[PW|K7P2-M9Q4]] uit de brief ingetypt maar hij zegt ongeldig. Hoe kan ik een nieuwe aanvragen?""",

"""Na het overlijden van mijn broer [[N|Joost van Rijn]] wil ik zijn zorgverzekering beëindigen. Hij was [[S|hiv-positief]] en kreeg maandelijks medicatie thuisbezorgd, die levering moet ook stoppen. Ik ben executeur, mijn IBAN voor eventuele terugbetaling: [[IBAN|@nl8:g]].""",

"""Wij zijn [[S|lid van de vakbond]] en krijgen daardoor korting op de zorgverzekering. Hoe werkt dat precies? Moet ik mijn lidmaatschap aantonen?""",
]
