# German messages (German residents near the border, German-speaking Belgians, expats)
MESSAGES = [
"""Guten Tag, ich wohne in Kranenburg und arbeite in Nijmegen. Muss ich mich bei der Gemeinde anmelden, um eine BSN zu bekommen, oder geht das über die RNI-Anmeldung?""",

"""Sehr geehrte Damen und Herren,

hiermit melde ich den Umzug meiner Mutter, Frau [[N|Hildegard Schäfer]], geb. [[DOB|23.05.1939]], von [[A|Am Kirchberg 7]], [[PC|52146]] Würselen, in das Pflegeheim nach Vaals. Sie ist seit ihrer [[S|Demenz]]-Diagnose nicht mehr in der Lage, dies selbst zu erledigen. Eine Vollmacht liegt bei.

Mit freundlichen Grüßen
[[N|Jürgen Schäfer]]
[[T|+49 241 5583 21]]""",

"""Wie lange ist die Bearbeitungszeit für einen Reisepass bei der Gemeinde Eupen?""",

"""Hallo, meine Tochter [[N|Lea Hoffmann]] studiert in Maastricht und hat eine Parkstrafe bekommen mit unserem Auto, Kennzeichen [[LP|AC-LH 214]]. Der Bescheid kam an unsere Adresse in Aachen. Kann ich das online bezahlen? Aktenzeichen 2025-PK-00412.""",

"""Ich habe eine Frage zur Hundesteuer: gilt die Befreiung für Blindenführhunde auch für Therapiehunde?""",

"""Sprachnachricht: Ja hallo hier ist [[N|Wolfgang Berger]] ich ruf an wegen dem Termin in der Kardiologie am Dienstag ich hab seit gestern [[S|Fieber]] und weiß nicht ob ich kommen soll meine Nummer ist [[T|null eins sieben eins drei vier fünf sechs acht neun null]] danke""",

"""Guten Tag, ich bin Dolmetscherin für Herrn [[N|Dimitrios Papadopoulos]] (geb. [[DOB|1958]]). Er wurde letzte Woche in Ihrem Krankenhaus [[S|an der Prostata operiert]] und hat jetzt eine Rechnung über 3.412 € erhalten, obwohl er über die AOK versichert ist. Versichertennummer: K817445209. Bitte melden Sie sich bei mir: [[N|Elena Vogt]], [[E|e.vogt-dolmetsch@web.de]].""",

"""Gibt es im Krankenhaus Parkplätze für Menschen mit Behinderung in der Nähe der Notaufnahme?""",

"""Sehr geehrte Frau Dr. [[N|van Leeuwen]],

vielen Dank für die Behandlung meines Sohnes [[N|Finn]]. Wie besprochen sende ich Ihnen die Liste seiner Medikamente: [[S|Ritalin]] 10 mg morgens, [[S|Melatonin]] abends. Er hat außerdem eine [[S|Nussallergie]].

Mit freundlichen Grüßen
[[N|Katrin Lindemann]]
[[A|Schillerstraße 41]]
[[PC|47533]] Kleve""",

"""Wie bekomme ich eine Kopie meiner Krankenakte? Muss ich dafür persönlich vorbeikommen?""",

"""Internet seit drei Tagen tot. Kundennummer 5510 2283. Adresse: [[A|Rue de la Station 18]], [[PC|4700]] Eupen. Mobil [[T|0475 33 81 92]]. Bitte dringend einen Techniker schicken, ich arbeite im Homeoffice.""",

"""Wie ändere ich das WLAN-Passwort an der Fritzbox? Die Oberfläche unter 192.168.178.1 fragt nach einem Kennwort, das ich nicht habe.""",

"""Hallo, ich möchte meine Rufnummer [[T|+49 160 9928 7713]] zu Ihnen mitnehmen. Meine Kundenkennzahl beim alten Anbieter ist 7731, der Wechselcode lautet [[PW|W4K-9PL-22X]].""",

"""Ich habe eine Rechnung über 129,90 € bekommen für 'Premium-Sport'. Das habe ich nie bestellt. Rechnungsnummer RE-2025-0081723. [[N|Dieter Lohmann]], Kundennummer 4410-223""",

"""Meine IP ist immer [[IP|87.208.114.53]], ich brauche aber eine andere, weil ich bei einem Spiel gesperrt wurde. Können Sie mir eine neue geben?""",

"""Guten Tag, ich schreibe für meinen Nachbarn Herrn [[N|Erwin Kaltenbach]], er ist 87 und hat kein Internet. Sein Telefon geht seit der Umstellung auf Glasfaser nicht mehr. Er wohnt [[A|Lindenweg 3]] in Raeren. Er ist [[S|herzkrank]] und braucht das Telefon dringend. Rufen Sie bitte mich an: [[T|087 85 44 10]], [[N|Monika]].""",

"""Gilt meine Kfz-Versicherung auch, wenn ich mit dem Auto in die Niederlande fahre?""",

"""Schadenmeldung:
Datum: 14.02.2025, ca. 17:30
Ort: Parkplatz Kaufland, Kleve
Mein Fahrzeug: VW Golf, [[LP|KLE-MS 808]]
Unfallgegner: [[N|Sören Brandt]], [[LP|WES-SB 12]], Tel. [[T|0151 2377 4019]]
Hergang: Der Gegner ist beim Ausparken gegen meine Fahrertür gefahren.
Versicherungsnummer: KV-448-10923
[[N|Melanie Schulte]]""",

"""Ich habe einen Unfall in Venlo gehabt. Der niederländische Fahrer hatte das Kennzeichen [[LP|NR-338-T]]. Ich selbst bin Fußgänger und wurde am Bein verletzt, ein [[S|Schienbeinbruch]]. Wer zahlt meine Behandlung? [[N|Ibrahim Yıldız]]""",

"""Ist ein Marderschaden in der Teilkasko versichert?""",

"""Bitte ändern Sie meine Bankverbindung für die Beitragszahlung: neue IBAN [[IBAN|@de1:g]], Kontoinhaber [[N|Andreas Krüger]]. Alte IBAN bitte löschen.""",

"""Guten Tag,

anbei mein Führerschein zur Prüfung für den Leasingvertrag. Führerscheinnummer: [[ID|B072RRE2I55]]. Geburtsdatum: [[DOB|9. Januar 1990]].

Beste Grüße
[[N|Tobias Neumann]]""",

"""Hallo! Ich habe meine Bankkarte verloren und möchte sie sperren lassen. Die Kartennummer weiß ich nicht auswendig, nur dass sie mit 5521 endet.""",

"""Die Abbuchung für meine Bestellung 4471-DE-9928 ist zweimal erfolgt. Bezahlt habe ich mit Kreditkarte [[CARD|@visa2:c]]. Bitte erstatten Sie den doppelten Betrag. [[N|Svenja Albrecht]], [[E|svenja.albrecht@gmx.de]]""",

"""Welche Unterlagen brauche ich, um bei Ihnen ein Konto zu eröffnen, wenn ich in Deutschland wohne und in den Niederlanden arbeite?""",

"""Sehr geehrte Damen und Herren, mein Personalausweis wurde gestohlen (Nr. [[ID|L01X00T47]]). Ich befürchte, dass jemand damit ein Konto eröffnet. Bitte prüfen Sie, ob auf meinen Namen [[N|Karl-Heinz Wagner]] ein Konto angelegt wurde. Geburtsdatum [[DOB|02.12.1964]].""",

"""Hallo, mein Paket (Sendungsnummer 00340434161094015902) wurde laut Tracking beim Nachbarn abgegeben, aber welcher Nachbar? Ich wohne in der Hauptstraße, Hausnummer fehlt auf dem Beleg.""",

"""Bitte das Paket nicht beim Nachbarn abgeben. Ich bin [[S|gehbehindert]] und kann nicht zum Nachbarn laufen. Lieferadresse: [[A|Hauptstr. 5a]], [[PC|41189]] Mönchengladbach. [[N|Gisela Kurz]]""",

"""Ich bin Sozialarbeiter bei der Caritas und begleite Frau [[N|Amina Diallo]]. Sie hat ein Schreiben der Krankenkasse bekommen, dass ihre Versicherung wegen Beitragsrückständen ruht. Sie ist aber [[S|schwanger]] im siebten Monat. Was können wir tun? Rückruf an [[T|0221 / 77 10 294]] (Herr [[N|Becker]]).""",

"""Wie hoch ist der Eigenanteil bei einer Zahnkrone?""",

"""Guten Tag, Ihr Mitarbeiter Herr [[N|Janssen]] hat mir gestern am Telefon einen Rückruf zugesagt. Dieser kam nie. Es geht um meine Rentenberechnung, Aktenzeichen 44-R-2291. Mit freundlichen Grüßen, [[N|U. Brandl]]""",

"""Ich möchte mich über den Zugbegleiter im RE 19 am 3. März um 8:12 Uhr beschweren, er war sehr unfreundlich. Name auf dem Schild: [[N|M. Kaya]].""",

"""Gibt es für Schwerbehinderte einen Rabatt auf das Jahresabo?""",

"""Hallo, mein Sohn [[N|Jonas]] ist [[S|Autist]] und hat große Angst vor vollen Bussen. Darf er seinen Betreuer kostenlos als Begleitperson mitnehmen?""",

"""Die Wohnungstür schließt nicht mehr richtig. Bitte schicken Sie einen Handwerker. Der Schlüssel liegt im Schlüsselsafe, Code [[PW|0815]]. Wohnung: [[A|Gartenstraße 12a]], 2. OG links.""",

"""Wann werden die Nebenkostenabrechnungen für 2024 verschickt? Ich wohne seit Januar nicht mehr in der [[A|Bergstraße 4]], bitte an meine neue Adresse: [[A|Talweg 19]], [[PC|52349]] Düren.""",

"""Weitergeleitete Nachricht:

Von: [[N|Petra Schmitz]] <[[E|petra.schmitz1961@t-online.de]]>
Gesendet: Freitag, 7. März 2025 18:02
Betreff: Kündigung Stromvertrag

Hiermit kündige ich meinen Stromvertrag zum nächstmöglichen Zeitpunkt. Zählernummer 1ESY1160448871. Vertragsnummer 300-118-442.

Bitte bestätigen Sie mir die Kündigung schriftlich.

Petra Schmitz
[[A|Mühlenweg 27]]
[[PC|52525]] Heinsberg

---
Leider habe ich noch keine Bestätigung bekommen. Bitte um Rückmeldung.""",

"""Was ist der Unterschied zwischen Festpreis und variablem Tarif bei Ihnen?""",

"""Hallo, mein SMS-Code für die Anmeldung kommt nicht an. Handynummer [[T|+49 (0)176 4412 3380]]. Die letzten Codes waren [[PW|118204]] und [[PW|553901]], beide ungültig.""",

"""Ich bin [[S|Mitglied bei ver.di]]. Gibt es dafür einen Gruppentarif bei Ihrer Zusatzversicherung?""",

"""Sehr geehrter Herr [[N|de Vries]], vielen Dank für das Gespräch. Wie besprochen: meine Passnummer ist [[ID|C4J7X1L93]], gültig bis 2029. Mein Reisebuchungscode ist TK-5521. Gruß, [[N|Anna-Lena Bauer]]""",

"""Kann ich meine Kreditkartenabrechnung auf Deutsch bekommen?""",

"""Ich habe eine Frage zu meiner Steuer in Belgien. Ich wohne in Aachen, [[A|Lothringerstraße 81]], und arbeite in Lüttich. Muss ich die Zweitwohnsitzsteuer zahlen?""",

"""Können Sie mir sagen, ob die Sprechstunde von Professor Drosten auch für Privatpatienten zugänglich ist? Ich habe ihn im Fernsehen gesehen.""",

"""Hallo zusammen, ich bin [[N|Lukas]], Schüler der 10b. Mein Vater hat mir gesagt, ich soll die Bescheinigung für die [[S|Therapie]] beim Sekretariat abgeben. Geht das auch per Mail?""",
]
