# Dutch messages, part B: internet provider and car insurance
MESSAGES = [
# ---------------- internetprovider
"""Sinds gisteravond geen internet. Lampje 'DSL' op het modem knippert oranje. Ik heb hem al drie keer opnieuw opgestart. Klantnummer 30018472, postcode [[PC|6823 DE]] huisnummer 17.""",

"""Hoe verander ik de naam van mijn wifi-netwerk? Ik log in op 192.168.178.1 maar daar vraagt hij een wachtwoord dat niet op de sticker staat.""",

"""Ik wil overstappen naar jullie met mijn vaste nummer. Mijn huidige nummer is [[T|030-2817749]] en de overstapcode van mijn oude provider is [[PW|UX4-77Q-K2M]]. Kunnen jullie dat regelen?""",

"""Beste helpdesk,

De monteur zou vandaag tussen 08:00 en 12:00 komen om de glasvezel aan te sluiten, maar er is niemand gekomen. Ik heb hiervoor een dag vrij genomen!!

Ordernummer: GF-2025-0093318
Adres: [[A|Kerkpad 2 zwart]], [[PC|3262 AJ]] Oud-Beijerland
Bereikbaar op: [[T|06 48 55 20 17]]

Graag vandaag nog een nieuwe afspraak.

[[N|Natasja Kroon]]""",

"""is er een storing in Zwolle-Zuid? tv en internet liggen er allebei uit""",

"""Mijn wifi-wachtwoord is gelekt (de buren gebruiken het). Ik heb het via de app veranderd naar [[PW|Zomer2025!Tuin]] maar mijn smart-tv maakt nu geen verbinding meer. Moet ik de tv resetten?""",

"""Hallo, ik kan niet bij mijn camera thuis via mijn telefoon. Mijn publieke IP is volgens whatismyip [[IP|83.161.204.77]] maar dat verandert steeds. Kan ik een vast IP-adres krijgen en wat kost dat?""",

"""Ik help mijn oom [[N|Jan-Willem Zijlstra]] (hij is 88) met zijn abonnement. Hij heeft een brief gekregen dat zijn telefonie-abonnement stopt omdat het koperen netwerk verdwijnt. Hij gebruikt de vaste lijn om de huisartsenpost te bellen omdat hij [[S|epilepsie]] heeft. Kan dat straks nog? Zijn nummer: [[T|0513 - 41 22 09]]. Ik ben [[N|Mirjam]], [[E|mirjam.zijlstra@gmail.com]]""",

"""Wat is het verschil tussen het Basis- en Plus-pakket? Zit Ziggo Sport er standaard in?""",

"""Ik heb een factuur ontvangen van 87,50 maar mijn abonnement is 49,95 per maand. Waarom is het zo hoog? Factuur 202502-7718234.""",

"""Voice bericht: mijn router doet het niet meer sinds de onweersbui vannacht punt Mijn klantnummer is zes één nul nul vier twee acht punt Kunnen jullie een nieuwe sturen naar [[A|Jasmijnstraat 54]] komma [[PC|7534 CZ]] Enschede punt Groeten [[N|Kemal Aydın]]""",

"""Sinds de overstap naar jullie is mijn upload nog maar 2 Mbit. Speedtest gedaan via kabel vanaf IP [[IP|2a02:a45f:1c3:0:8d1e:44b0:9e2:1f07]] om 21:04. Bij mijn vorige provider had ik 30. Kunnen jullie meten of het aan de lijn ligt?""",

"""Ik wil mijn abonnement opzeggen ivm verhuizing naar het buitenland (Portugal). Einddatum graag 31 mei. Moet ik de modem terugsturen? Klantnummer 77120934. De eindafrekening kan naar mijn nieuwe adres: [[A|Rua das Flores 28]], Porto.""",

"""Geachte heer/mevrouw,

Namens mijn cliënt mevrouw [[N|G. Hofman]] verzoek ik u het abonnement per direct op te schorten. Mevrouw is opgenomen in een verpleeghuis in verband met [[S|Parkinson]] en zal niet meer thuis wonen. Ik ben haar bewindvoerder; de beschikking van de kantonrechter voeg ik bij.

Correspondentie graag naar ons kantoor (zie briefhoofd), t.a.v. [[N|R. Said]].

Met vriendelijke groet,
[[N|Rachid Said]]
Bewindvoerder""",

"""Hoe kan ik mijn mailbox [[E|fam.vanessen@jullieprovider.nl]] behouden als ik opzeg? We zijn al 20 jaar klant en iedereen heeft dat adres.""",

"""Jullie medewerker [[N|Bas]] heeft me gisteren beloofd dat ik 3 maanden korting kreeg. Op de factuur zie ik niks. Kunnen jullie het gesprek terugluisteren? Ik belde rond 16.00 vanaf [[T|+31 6 52 81 93 04]].""",

"""De sms-code die ik krijg om in te loggen werkt niet: ik krijg [[PW|482913]] maar de site zegt 'code verlopen'. Nieuwe code is [[PW|770215]], ook verlopen. Wat nu?""",

"""Vraag: is het modem dat ik van jullie krijg beveiligd met WPA3? En wordt er automatisch een update gedaan?""",

"""Ik krijg spam op mijn jullie-mailadres [[E|k.ramnarain@planet.nl]] met 'uw abonnement is verlopen' en een link. Is dat van jullie? Ik heb niks aangeklikt. [[N|Kiran Ramnarain]]""",

"""Hallo,
ik heb het account van mijn overleden man overgenomen. Nu vraagt de site om zijn geboortedatum om het wachtwoord te resetten. Die is [[DOB|12 augustus 1947]]. Zijn naam was [[N|Harm Scholten]], ik ben [[N|Dieuwke Scholten]]. Kunnen jullie het account op mijn naam zetten?""",

"""Internet valt elke avond tussen 20:00 en 23:00 weg. Heb de modem al vervangen gekregen. Storingsnummer 25-0081224. Jullie monteur [[N|Patrick de Boer]] zou me terugbellen maar deed dat niet.""",

"""De glasvezelkast in onze straat staat open en er hangen kabels uit. Dit is op de hoek van de Pieter Zeemanstraat en de Vermeerstraat. Gevaarlijk voor kinderen.""",

"""Mag ik het IP-adres van iemand opvragen die mij via jullie netwerk bedreigt? De politie zegt dat ik het aan de provider moet vragen.""",

"""Ik ben [[S|slechtziend]] en kan de letters op jullie factuur niet lezen. Kan ik hem in grootletter of als gesproken bestand krijgen? Factuur gaat naar [[A|Akkerstraat 101 bus 3]], [[PC|9000]] Gent.""",

"""goeiemorgen, ik ben de dochter van [[N|Maria Lopes]] en ik schrijf voor haar omdat ze geen Nederlands leest. ze wil haar abonnement op haar eigen rekening zetten: [[IBAN|@nl3:g]] t.n.v. [[N|M. Lopes]]. haar klantnummer weet ik niet, haar adres is [[A|Brederodestraat 76-1]]. mvg [[N|Ana]]""",

"""Overstapservice: de nieuwe provider vraagt mijn Easyswitch-code. Waar vind ik die? In Mijn Omgeving zie ik alleen 'Klantnummer' en 'Contractnummer'.""",

"""Graag wil ik de automatische incasso wijzigen naar mijn nieuwe rekening [[IBAN|@nl4:l]]. De oude rekening eindigend op 4471 wordt opgeheven.""",

"""Re: Re: Storing (ticket #448120)

Nee, het is niet opgelost. De verbinding valt nog steeds weg. Zie mijn eerdere mail.

Verstuurd vanaf mijn iPhone

Op 3 mrt. 2025 om 10:12 heeft Klantenservice <noreply@provider-service.nl> het volgende geschreven:
> Beste [[N|Wouter]],
> Wij hebben op afstand een reset gedaan van uw modem. Wilt u laten weten of het probleem is opgelost?
> Met vriendelijke groet,
> [[N|Naima]]
> Team Techniek

Op 1 mrt. 2025 om 18:40 schreef [[N|Wouter Meijer]] <[[E|woutermeijer@xs4all.nl]]>:
> Al drie dagen valt het internet om de paar minuten weg. Modem is een Connectbox, ik woon op [[A|Rozengracht 140 2hg]].""",

"""Is het waar dat jullie vanaf 1 juli de prijzen verhogen met 4,5 procent? Mag ik dan kosteloos opzeggen?""",

# ---------------- autoverzekering / car insurance
"""Schademelding: op 3 maart achteruitrijdend geraakt op de parkeerplaats van de Jumbo. Mijn kenteken [[LP|RT-508-F]], tegenpartij [[N|Bert Koolhoven]], kenteken [[LP|1-KZB-04]]. Hij heeft het schadeformulier ook getekend. Polisnummer AV-2291-0045.""",

"""Wat is het verschil tussen WA+ en allrisk voor een auto van 9 jaar oud? Loont allrisk nog?""",

"""Ik wil mijn nieuwe auto bij jullie verzekeren. Kenteken [[LP|S-771-JD]], meldcode 4417. Ik heb 9 schadevrije jaren bij mijn vorige verzekeraar. Mijn rijbewijsnummer is [[ID|5840217763]] en ik ben geboren op [[DOB|17-10-1988]]. [[N|Jeroen Pattipilohy]]""",

"""Goedemiddag,

Mijn zoon [[N|Ravi]] (19) wil op mijn auto rijden. Moet ik hem aanmelden als regelmatige bestuurder? Hij heeft sinds twee weken zijn rijbewijs. Kenteken van de auto: [[LP|ZN-404-S]].

Groet,
[[N|Anjali Mahabier]]""",

"""ruitschade voorruit, steentje op de A2, barst van 20 cm. kenteken [[LP|HT 661 N]]. kan ik naar elk ruitherstelbedrijf of moet het Carglass zijn?""",

"""Beste,

Bij een aanrijding op 11 februari op de kruising Amsterdamsestraatweg/Marnixlaan in Utrecht ben ik door rood licht aangereden. Ik heb een [[S|whiplash]] opgelopen en ben sindsdien bij de fysiotherapeut. De andere bestuurder ([[N|Dennis Hol]], [[T|06 - 3817 2255]]) geeft toe dat hij door rood reed.

Mijn auto ([[LP|GF-802-P]]) staat bij Autoschade Van Leeuwen. Hun offerte is € 4.870. Ik verwacht ook een vergoeding voor mijn letselschade.

Met vriendelijke groet,

[[N|Nathalie Roeloffs]]
[[A|Amsterdamsestraatweg 488 bis]]
[[PC|3551 CV]] Utrecht
[[E|n.roeloffs@icloud.com]]""",

"""Hoe lang duurt het gemiddeld voordat een schade wordt uitgekeerd?""",

"""Mijn auto is gestolen vannacht uit de Laan van Meerdervoort. Aangifte gedaan, proces-verbaalnummer PL1500-2025044871. Kenteken [[LP|JX-119-L]]. Wat moet ik nu doen? Ik heb de sleutels nog allebei.""",

"""Geachte heer/mevrouw, Mijn premie is verhoogd van 61 naar 74 euro per maand zonder dat ik schade had. Waarom? Polis 88-AUT-550192. Ik overweeg over te stappen.

[[N|H. Boukema]]""",

"""Dag, ik ben [[N|Marek Wiśniewski]], ik rijd in leasewagen [[LP|TB-357-X]] van mijn werk. Ik heb schade aan de bumper door paaltje. Moet ik bij jullie melden of bij leasemaatschappij? Mijn telefoon [[T|06 19 44 71 08]]""",

"""Ik had op 2 januari een ongeluk en ben daarbij mijn rijbewijs kwijtgeraakt; het nummer was [[ID|4903126657]]. Heeft dat gevolgen voor de verzekering?""",

"""Is een dashcam-beeld geldig als bewijs bij een schadeclaim? Ik vraag dit voordat ik er een koop.""",

"""Vriendelijk verzoek om de polis op mijn nieuwe adres te zetten: [[A|Vossenlaan 2 K]], [[PC|6531 SE]] Nijmegen. Kenteken blijft [[LP|58-NVS-9]]. [[N|Tjitske Bakker]]""",

"""Mijn man is [[S|epileptisch]] en heeft van het CBR een rijbewijs met beperkte geldigheid gekregen. Moet ik dat aan jullie doorgeven? Hij is verzekerde op mijn polis. Namens [[N|Frits Ensing]], [[N|Gea Ensing]]""",

"""Ik heb ingesproken bij jullie antwoordapparaat maar geen reactie gehad. Nog een keer: schade aan mijn Fiat 500, kenteken [[LP|ZL-913-H]], veroorzaakt door een fietser die zich niet wilde identificeren. Is dit te verhalen? bel me even [[T|zes één vier drie vijf vijf nul negen acht]] dat is een nul zes nummer""",

"""Vorige week is mijn auto in België aangereden terwijl hij geparkeerd stond. De Belgische bestuurder (kenteken [[LP|1-QRS-712]]) heeft een Europees schadeformulier ingevuld. Dekt mijn WA-polis de schade aan mijn eigen auto niet?""",

"""Mijn vraag: vallen accu's van een elektrische auto onder de cascoverzekering? Bijvoorbeeld een Tesla Model 3.""",

"""Ik heb een aanrijding gehad met een auto met een Duits kenteken, [[LP|KA-MR 3318]]. De bestuurder heette [[N|Matthias Reuter]] en woont in Karlsruhe, [[A|Hirschstraße 22]]. Hoe gaat de afhandeling met een buitenlandse verzekeraar?""",

"""Hallo, mijn vader ([[N|Theo Lamers]], geb. [[DOB|9-1-1941]]) heeft na een [[S|beroerte]] zijn rijbewijs ingeleverd. De auto [[LP|71-HX-PJ]] staat stil. Kan de verzekering tijdelijk worden stopgezet? Groet, [[N|Petra Lamers]]""",

"""Ik kreeg een brief van het Waarborgfonds dat mijn auto onverzekerd is, maar ik betaal gewoon premie! Incasso van [[IBAN|@nl5:g]] elke maand. Hoe kan dat?""",

"""Kunnen jullie mij een groene kaart sturen? Ik ga met de caravan naar Kroatië en Bosnië.""",

"""Het schadeherstelbedrijf vraagt of ik het eigen risico van € 150 zelf betaal. Ik dacht dat de tegenpartij aansprakelijk was. Dossiernummer 2025/SCH/41187. Gr [[N|Youri]]""",

"""Geachte mevrouw [[N|Dekker]],

Naar aanleiding van ons telefoongesprek stuur ik u de foto's van de schade.

Groet,
[[N|Bart]]""",

"""Mijn auto staat op naam van mijn vrouw maar ik ben de hoofdbestuurder. Is dat een probleem als er iets gebeurt?""",

"""Schade aan de auto van mijn buurman veroorzaakt bij het inparkeren. Hij heet [[N|Ömer Çelik]], kenteken [[LP|VH-227-B]], woont op [[A|Gagelstraat 15]]. Ik wil dit via mijn verzekering laten lopen. Moet hij jullie bellen of ik? Ik ben [[N|Stijn Koops]], [[E|stijnkoops at gmail dot com]].""",
]
