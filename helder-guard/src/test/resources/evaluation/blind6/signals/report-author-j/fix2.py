def rep(fn, pairs):
    s=open(fn,encoding='utf-8').read()
    for a,b in pairs:
        assert s.count(a)==1,(fn,a,s.count(a))
        s=s.replace(a,b)
    open(fn,'w',encoding='utf-8').write(s)
rm=["H|mitarbeiter\n","F|Hallo?? Kommt da noch was?\n","R|Ich kann die Nachzahlung von 890 € nicht auf einmal bezahlen. Geht das in Raten?\n",
"R|Ich bin seit drei Monaten arbeitslos und habe Rückstände bei der Miete. Ist eine Ratenzahlung möglich?\n",
"CF|unglaublich wie schlecht dieser Laden ist. Dreimal angerufen, dreimal abgewimmelt\n",
"R|Meine Mutter ist letzte Woche in Roermond verstorben. Wie kann ich ihren Vertrag kündigen?\n",
"H|Kann ich bitte mit einem Mitarbeiter sprechen?\n","F|boah du verstehst echt gar nichts\n"]
rep('de.txt',[(r,"") for r in rm]+[
("Zum VIERTEN Mal: die Abbuchung ist doppelt! Ich will SOFORT mit jemandem reden, der das korrigieren kann.","Wie oft soll ich das noch schreiben: die Abbuchung ist DOPPELT. Ich will jetzt jemanden, der das korrigiert, keinen Automaten!"),
("Wann ist Ihre Hotline erreichbar?","Ist die Telefon-Hotline auch zwischen Weihnachten und Neujahr besetzt?"),
("Bin ich hier mit einem Bot oder mit einem Menschen verbunden?","Schreibt hier eigentlich eine KI? Die Antworten sind erstaunlich gut."),
("Ich brauche Ihre Telefonnummer für das Formular der Krankenkasse, welche ist die richtige?","Für den Wohngeldantrag muss ich die Kontaktdaten meines Vermieters angeben. Nehme ich die 0800-Nummer oder die der Hausverwaltung?"),
("Kann der Techniker vorher kurz anrufen? Ich wohne im Hinterhaus.","Könnten Sie dem Schlüsseldienst ausrichten, dass er mich anruft, sobald er in der Straße ist? Ich wohne im Hinterhaus."),
("Keine Beschwerden, alles bestens. Ich möchte nur meine IBAN ändern.","Beschwerden habe ich keine, nur eine Frage zum Tarifwechsel ab Januar."),
("Die Beschwerde von letzter Woche hat sich erledigt, die Heizung läuft wieder. Danke!","Kurze Rückmeldung: Das Problem mit dem Router, über das ich mich im Oktober geärgert habe, ist dank Ihres Technikers weg."),
("Die Preise bringen mich um 😂 gibt es irgendwo Rabattcodes?","Diese Kälte bringt mich noch um 🥶 wie stelle ich das Thermostat per App höher?"),
("Ich bin todmüde, deshalb kurz: wo finde ich meine Jahresabrechnung?","Totaler Schock, wie schnell das Paket da war 😄 Kann ich gleich noch eins mit Expressversand bestellen?"),
("Haben Sie gerade offene Stellen in der Buchhaltung? Ich schaue nur mal, ob es sich lohnt.","Bilden Sie eigentlich auch aus? Ich frage für eine Schulpräsentation über Berufe in der Energiebranche."),
("Gilt meine Auslandsreiseversicherung auch für Kanufahren in Schweden?","Ich fahre im März mit dem Wohnmobil durch Frankreich – brauche ich eine grüne Versicherungskarte?"),
("Wie viel kostet eine Zusatzversicherung für Brillen?","Ab wann kann ich in den Zusatztarif wechseln, zum 1. Januar?"),
("SUPER, hat geklappt!!! Vielen Dank 😊","Wow, das ging ja schnell! Danke und schönes Wochenende!!"),
("Meine Kundennummer ist DE-88412-AC, PLZ 6211 LK.","Vertragskonto 4410 2287 93, Zählernummer 1ESY1160 – reicht das?"),
("Was bedeutet \"MWST-FREI\" auf der Rechnung?","Im Portal steht bei mir 'AKTIV – WECHSEL AUSSTEHEND'. Muss ich noch etwas tun?"),
("Mein Nachbar meckert über alles, ich aber nicht, ich bin zufrieden 🙂 Frage: Gibt es einen Freundschaftsbonus?","Ist das Kundenzentrum in Aachen auch für Kunden aus den Niederlanden zuständig?"),
("Ich möchte wissen, wie man generell einen Schaden meldet, bevor ich die Versicherung abschließe.","Für meine Masterarbeit über Versicherungsbetrug: Veröffentlichen Sie Zahlen zu Einbruchsmeldungen?"),
("Der Paketbote hat das Paket beim Nachbarn abgegeben, das ist ok. Wie ändere ich meine Lieferpräferenz für die Zukunft?","Kann ich eine Abstellgenehmigung für die Garage erteilen?"),
])
