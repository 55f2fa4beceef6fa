# one-off revision pass (already applied; not idempotent): replace some items with more varied registers (labels unchanged)
import sys
reps = {
'src_nl.txt': [
 ("H|| Ik wil graag iemand van de afdeling die over de studentenkaarten gaat",
  "H|| Goeiemiddag, mag ik iemand van de afdeling studentenkaarten spreken? Mijn zoon Jerrel studeert in Delft en ik regel dit voor hem."),
 ("R|| Ik ben mijn baan kwijtgeraakt en kan de huur van deze maand niet betalen. Wat zijn de mogelijkheden?",
  "R|| Hallo, ik weet eigenlijk niet goed hoe ik dit moet vragen. Ik werkte 12 jaar bij dezelfde drukkerij en die is in maart failliet gegaan. Mijn WW is nog niet rond en nu lukt het me niet om de huur van deze maand te betalen. Ik heb altijd netjes betaald, dit is de eerste keer en ik schaam me er eerlijk gezegd een beetje voor. Wat zijn de mogelijkheden?"),
 ("C|| Mijn klacht: het hotel dat ik via jullie had geboekt bleek helemaal geen zwembad te hebben, terwijl dat wel in de advertentie stond.",
  "C|| Wij zijn net terug van de reis naar Alanya die we bij jullie hadden geboekt. In de advertentie stond een viersterrenhotel met zwembad direct aan zee, in werkelijkheid lag het 2 km van het strand en was het zwembad de hele week dicht wegens onderhoud, daar is ons vooraf niks over gezegd. De reisleiding kwam één keer langs en zei dat ze er niets aan kon doen. Voor ons gezin was dit de vakantie van het jaar en we voelen ons echt bedrogen. Ik wil hierbij een formele klacht indienen."),
 ("-|| Hoe lang duurt het aanvragen van een gehandicaptenparkeerkaart ongeveer?",
  "-|| Goedemorgen, ik heb vraag. Mijn vader heeft moeite met lopen, hoe wij kunnen gehandicaptenkaart voor parkeren aanvragen? Hij woont in Schiedam."),
 ("-|| Ik ga volgende maand naar Marokko, werkt mijn bundel daar ook?",
  "-|| Salaam, wij gaan deze zomer met de hele familie met de auto naar Nador, via Frankrijk en Spanje. Werkt mijn bundel onderweg gewoon of moet ik iets bijkopen voor Marokko? En mijn dochter heeft een eigen abonnement op mijn naam, geldt dat voor haar ook?"),
 ("H|| Kan ik iemand spreken van de klantenservice?",
  "H|| Kan iemand mij efkes terugbellen tegen de middag? Het is voor de aansluiting van ons nieuw appartement in Hasselt."),
 ("F|| Oké, voor de allerlaatste keer: komt mijn pakket vandaag of morgen.",
  "F|| oke ik probeer het nog 1x want blijkbaar is het te moeilijk: ik heb de track & trace code al ingevuld, ik wil alleen weten OF het pakket vandaag komt of morgen, want anders moet ik oppas regelen voor de kinderen en ik heb niet de hele dag"),
],
'src_en.txt': [
 ("H|| Connect me with an agent.",
  "H|| hello i am from Poland working in Venlo, my english better than dutch. please i need speak with employee about my contract, something with the insurance i dont understand"),
],
'src_de.txt': [
 ("R|| Mein Mann ist seit Februar arbeitslos und wir schaffen die Abschläge nicht mehr. Gibt es irgendeine Hilfe?",
  "R|| Hallo, ich weiß nicht, ob ich hier richtig bin. Mein Mann ist seit Februar arbeitslos, ich arbeite nur Teilzeit in der Pflege und wir haben drei Kinder. Die Abschläge für Strom und Gas schaffen wir seit zwei Monaten nicht mehr, und jetzt kam auch noch die Jahresabrechnung mit einer Nachzahlung. Gibt es irgendeine Möglichkeit, das in kleinen Beträgen abzuzahlen? Ich will nicht, dass uns der Strom abgestellt wird."),
 ("C|| Die Lieferung kam drei Wochen zu spät und der Tisch war auch noch zerkratzt. Sehr enttäuschend.",
  "C|| hab den Tisch bzw. das was davon übrig ist heute bekommen, 3 wochen zu spät und die platte total zerkratzt. echt enttäuschend von euch"),
 ("-|| Kann ich meine Bestellung noch ändern?",
  "-|| Hallo, ich habe Frage, mein Sohn macht jetzt Führerschein, kann er mit meine Autoversicherung fahren oder muss extra?"),
 ("C|| Das Hotel war schmutzig und laut, ganz anders als im Katalog beschrieben.",
  "C|| Wir waren letzte Woche mit den Kindern in dem Ferienpark in Zeeland, den wir über Sie gebucht haben. Das Haus war bei Ankunft nicht geputzt, im Bad lagen noch Haare von den Vorgängern, und die Heizung ging erst am dritten Tag. Die Rezeption hat uns jeden Tag vertröstet. Für 1.400 Euro die Woche erwarte ich deutlich mehr, und ich möchte, dass sich jemand bei Ihnen das genau anschaut."),
],
'src_fr.txt': [
 ("R|| J'ai trois mois de retard de loyer pour mon logement social, est-ce que je risque l'expulsion ?",
  "R|| Bonjour madame, monsieur. Je vous écris parce que je suis vraiment dans la difficulté. Mon mari est reparti au Maroc depuis l'été et je suis seule avec les trois enfants, je travaille à mi-temps dans le nettoyage. J'ai trois mois de retard de loyer et j'ai reçu une lettre recommandée. Est-ce que je risque l'expulsion ? Je veux payer, mais petit à petit. Merci de votre compréhension, Fatima"),
 ("-|| Je peux changer la date de mon vol ?",
  "-|| chui à la gare et jsp sur quel quai part le train pour Bruxelles-Midi"),
 ("C|| On m'avait promis un remboursement sous 10 jours, cela fait maintenant six semaines.",
  "C|| On m'avait promis le remboursement des septante euros sous dix jours, ça fait six semaines et toujours rien."),
],
}
for f, pairs in reps.items():
    t = open(f, encoding='utf-8').read()
    for a, b in pairs:
        assert t.count(a + "\n") == 1, (f, a)
        t = t.replace(a + "\n", b + "\n")
    open(f, 'w', encoding='utf-8').write(t)
print("ok")
