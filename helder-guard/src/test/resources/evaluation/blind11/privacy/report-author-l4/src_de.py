# German customer messages: (text, labels). Placeholders {{KIND:id[:fmt]}} see build.py.
MSGS = [
("Guten Tag, ich habe am 02.03. bei Ihnen bestellt (Bestellnummer 300018812) und noch keine Versandbestätigung bekommen.", ""),

("Bitte ändern Sie meine Lieferadresse: Hauptstr. 5a, 52062 Aachen.\nMit freundlichen Grüßen\nKlaus-Dieter Wendt",
 "ADDRESS=Hauptstr. 5a;POSTCODE=52062;PERSON_NAME=Klaus-Dieter Wendt"),

("Meine IBAN für die Rückerstattung: {{IBAN_DE:b:grp}} (Kontoinhaberin Sabine Albers)",
 "IBAN={{IBAN_DE:b:grp}};PERSON_NAME=Sabine Albers"),

("Mein Mann sitzt im Rollstuhl. Ist das Ferienhaus 112 wirklich ebenerdig, auch das Bad?",
 "SPECIAL_CATEGORY=im Rollstuhl"),

("Wie hoch ist die Stornogebühr, wenn ich zwei Wochen vorher absage?", ""),

("Mein Kennzeichen ist KLE-JR 318, die Parkplatzreservierung bitte auf diesen Wagen.",
 "LICENCE_PLATE=KLE-JR 318"),

("""Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Stromvertrag (Vertragskonto 4100237788) fristgerecht zum 31.08., da ich von Winterswijk zu meiner Tochter nach Bocholt ziehe.

Neue Anschrift ab 01.09.:
Lindenweg 22
46395 Bocholt

Bitte überweisen Sie das Guthaben auf mein Konto {{IBAN_DE:c:grp}}.

Mit freundlichen Grüßen
Gertrud Hoffmann
geb. 17.05.1941""",
 "ADDRESS=Lindenweg 22;POSTCODE=46395;IBAN={{IBAN_DE:c:grp}};PERSON_NAME=Gertrud Hoffmann;DATE_OF_BIRTH=17.05.1941"),

("Kann ich auch mit PayPal bezahlen?", ""),

("Mein Passwort 'Sonnenblume!77' wird nicht akzeptiert, obwohl es stimmt.",
 "PASSWORD=Sonnenblume!77"),

("Ich bin Diabetikerin und möchte wissen, ob es im Zimmer einen Kühlschrank für mein Insulin gibt.",
 "SPECIAL_CATEGORY=Diabetikerin"),

("Sie haben mir eine Rechnung geschickt, obwohl ich nie bei Ihnen bestellt habe. Kundennummer laut Rechnung: DE-448120.", ""),

("Meine Handynummer: 0151 / 2384 9901. Bitte rufen Sie mich zurück.",
 "PHONE=0151 / 2384 9901"),

("Radreise Amsterdam–Brügge: Teilnehmer sind ich (Jonas Becker, Jahrgang 1990) und meine Freundin Lea Schmitt.",
 "PERSON_NAME=Jonas Becker;DATE_OF_BIRTH=1990;PERSON_NAME=Lea Schmitt"),

("Welche Unterlagen brauche ich als Grenzgänger für eine Zusatzversicherung bei Ihnen?", ""),

("Für den Online-Check-in: Frau Dr. Ingrid Sauer, Personalausweis-Nr. LZ6311T47.",
 "PERSON_NAME=Ingrid Sauer;ID_DOCUMENT=LZ6311T47"),

("Gibt es eine deutschsprachige Hotline?", ""),

("Der Techniker, Herr Yilmaz, war heute da, aber das Internet geht immer noch nicht. Meine IP laut Router: 77.167.44.130",
 "PERSON_NAME=Yilmaz;IP=77.167.44.130"),

("Ich bin Katholik. Gibt es auf der Flusskreuzfahrt am Sonntag eine Messe an Bord?",
 "SPECIAL_CATEGORY=Katholik"),

("Wann wird mein Paket zugestellt? Sendungsnummer 00340434161094042557.", ""),

("Bitte Kreditkarte {{CARD_V:b}} als Zahlungsmittel hinterlegen, gültig bis 11/26, Karteninhaber Marco Rossi.",
 "CARD={{CARD_V:b}};PERSON_NAME=Marco Rossi"),

("Bitte schicken Sie mir keine Werbung mehr an anna-lena.kraus@web.de.",
 "EMAIL=anna-lena.kraus@web.de"),

("Warum ist der Zug von Venlo nach Eindhoven heute ausgefallen?", ""),

("Meine Mutter (Elfriede Baumann) ist pflegebedürftig und kann nicht mehr selbst unterschreiben. Ich habe eine Vorsorgevollmacht – wohin soll ich sie schicken?",
 "PERSON_NAME=Elfriede Baumann;SPECIAL_CATEGORY=pflegebedürftig"),

("Die SMS-TAN 739 105 kam erst nach zehn Minuten an, da war sie schon abgelaufen.",
 "PASSWORD=739 105"),

("Haben Sie auch Zimmer für Studierende in Enschede?", ""),

("Grüezi, ich wohne in der Schweiz (Bahnhofstrasse 44 in Zürich) und möchte meinem Sohn in Groningen ein Paket schicken. Geht das über Sie?",
 "ADDRESS=Bahnhofstrasse 44"),

("Mein Führerschein (Nr. B072RRE2I55) wurde in Deutschland ausgestellt. Darf ich damit Ihr Leasingfahrzeug fahren?",
 "ID_DOCUMENT=B072RRE2I55"),

("Wie kann ich meine Zählerstände online eingeben?", ""),

("Ich bin HIV-positiv. Muss ich das bei der Reiseversicherung angeben?",
 "SPECIAL_CATEGORY=HIV-positiv"),

("Hallo, hier ist Familie Schröder aus Ferienhaus 27. Der WLAN-Code auf dem Aufkleber funktioniert nicht.",
 "PERSON_NAME=Schröder"),

("Guten Morgen, bitte buchen Sie die Lastschrift ab sofort von diesem Konto ab: {{IBAN_NL:j}}. Ich wohne jetzt in Venlo. Meine BSN für die Zusatzversicherung: {{BSN:g:dots}}",
 "IBAN={{IBAN_NL:j}};BSN={{BSN:g:dots}}"),

("Können Sie mir die Rechnung zu Vertrag 88-1200-77 noch einmal schicken?", ""),

("Ihre Kollegin Frau Janssen hat mir am Telefon eine Gutschrift versprochen. Wo bleibt die?",
 "PERSON_NAME=Janssen"),

("Mobil erreichbar unter +49 (0)172 6648 201, Festnetz 02821 71 33 90.",
 "PHONE=+49 (0)172 6648 201;PHONE=02821 71 33 90"),

("Ich möchte mich beschweren. Der Busfahrer der Linie 1 in Kerkrade war heute Morgen sehr unfreundlich.", ""),

("""Widerruf

Hiermit widerrufe ich den am 14.01. geschlossenen Vertrag.
Name: Ömer Aksoy
Anschrift: Bergstraße 8, 41063 Mönchengladbach
Geburtsdatum: 3. April 1983

Bitte bestätigen Sie den Eingang.""",
 "PERSON_NAME=Ömer Aksoy;ADDRESS=Bergstraße 8;POSTCODE=41063;DATE_OF_BIRTH=3. April 1983"),

("Was kostet eine Fahrt mit dem Nachtzug nach Wien?", ""),

("Ich wohne in Ostbelgien, Aachener Straße 61, 4700 Eupen. Zählerstand heute: 22841 kWh.",
 "ADDRESS=Aachener Straße 61;POSTCODE=4700"),

("Ich bin Gewerkschaftsmitglied bei ver.di – gilt der Rabatt für Verbandsmitglieder auch für mich?",
 "SPECIAL_CATEGORY=Gewerkschaftsmitglied"),

("Wann hat Ihr Büro in Maastricht geöffnet? Ich möchte Unterlagen vorbeibringen.", ""),

("Mein Sohn Finn (7) hat eine Nussallergie. Gibt es im Kinderclub nussfreie Snacks?",
 "PERSON_NAME=Finn;SPECIAL_CATEGORY=Nussallergie"),

("Der Code für die Schlüsselbox lautet 5813 – bitte an die Reinigungskraft weitergeben.",
 "PASSWORD=5813"),

("Guten Tag, Rechnung 2024-55102 wurde doppelt abgebucht. Betrag jeweils 149,00 EUR.", ""),

("Bitte ändern: neue E-Mail ist h punkt vogel at gmx punkt de",
 "EMAIL=h punkt vogel at gmx punkt de"),

("Schadenfall vom 12.01.: Mein Auto (BOR-AS 77E) wurde auf Ihrem Parkplatz in Arnheim angefahren. Fotos hänge ich an.",
 "LICENCE_PLATE=BOR-AS 77E"),
]
