# one-off helper: gives a help-centre passage to more items drafted without one (DE, FR)
import glob
M={
"Da hat jeder schon Glasfaser": "Glasfaser ist in Ihrer Straße verfügbar. Der Anschluss ist freiwillig und für die ersten 12 Monate an einen Vertrag gebunden.",
"Ihr Bungalow am See ist für den 12. Juli": "Nach der Buchung erhalten Sie innerhalb von 24 Stunden eine Buchungsbestätigung per E-Mail.",
"Den Grill hab ich selbst": "Die Lieferzeit für Gartenmöbel und Grills beträgt drei Werktage.",
"Ich hatte gestern Geburtstag": "Zählerstände können Sie jederzeit in der App oder auf der Website eingeben.",
"Herr Öztürk, Sachbearbeiter im Bürgeramt": "Anträge auf einen Anwohnerparkausweis werden innerhalb von zwei Wochen bearbeitet.",
"Meine Frau und ich haben genau diesen Tarif": "Unser Tarif Öko Flex hat einen Grundpreis von 6,50 € pro Monat. Ob er günstiger ist, hängt von Ihrem Jahresverbrauch ab.",
"Sie zahlen aktuell 39 € für 50 Mbit/s": "Für Videotelefonie in HD empfehlen wir mindestens 10 Mbit/s pro Person.",
"Der Gutscheincode SOMMER10": "Rabattcodes gelten nicht für bereits reduzierte Artikel. Pro Bestellung kann ein Code eingelöst werden.",
"Sie möchten nur Ihre Adresse ändern": "Adressänderungen können Sie im Chat, per Telefon oder unter Mein Konto vornehmen.",
"Zusatzversicherung Psyche Plus": "Psychologische Grundversorgung ist in der Basisversicherung enthalten. Die Zusatzversicherung Psyche Plus kann jederzeit abgeschlossen werden.",
"Sitzplatzreservierung (7 €) und das Fahrradticket": "Sitzplatzreservierung (7 €) und Fahrradticket (10 €) sind optional und können bei der Buchung hinzugefügt werden.",
# FR
"épuisée après votre hospitalisation": "Vous pouvez comparer nos formules de complémentaire santé en ligne. Vous disposez de 14 jours de rétractation.",
"je vois les billets partir": "Les prix des billets internationaux varient selon la demande. Le prix affiché est garanti au moment du paiement.",
"on va avoir des ennuis avec": "Vous pouvez résilier à tout moment via Mon Compte, sans frais.",
"Je t'ai glissé un petit mot": "Les commandes sont préparées dans notre entrepôt et expédiées sous 24 h.",
"Votre demande de raccordement est": "Les demandes de raccordement sont traitées dans un délai de 10 jours ouvrables.",
"déposer les clés du nouveau logement": "La remise des clés a lieu lors de l'état des lieux d'entrée, sur rendez-vous à l'agence.",
"Votre virement est bien parti ce matin": "Les virements saisis avant 15 h sont exécutés le jour même.",
"l'éclairage sera réparé": "Les pannes d'éclairage dans les parties communes sont réparées dans un délai de 5 jours ouvrables.",
"Je suis l'assistant automatique de la société": "Pour toute question sur votre loyer, vous pouvez contacter votre gestionnaire via le chat ou par téléphone.",
"le forfait 5 Go à 10 €": "Forfaits mobiles : 5 Go à 10 €, 20 Go à 18 € et illimité à 27 € par mois. Vous pouvez changer de forfait chaque mois.",
"C'est noté, votre commande est annulée": "Une commande peut être annulée gratuitement tant qu'elle n'a pas été expédiée.",
"ton colis a été déposé chez le voisin": "Si vous êtes absent, le livreur peut déposer le colis chez un voisin. L'adresse figure sur l'avis de passage.",
"Pensez un peu à la planète": "Vous pouvez changer de fournisseur à tout moment ; votre nouveau fournisseur s'occupe de la résiliation.",
"option bagage cabine et un siège": "Le tarif Light comprend un bagage à main sous le siège. Bagage cabine (25 €) et choix du siège (15 €) sont en option.",
}
n=0
for f in glob.glob('*.txt'):
    L=open(f,encoding='utf-8').read().splitlines()
    for i,l in enumerate(L):
        for k,v in M.items():
            if k in l and l.endswith(' || -'):
                L[i]=l[:-1]+v; n+=1
    open(f,'w',encoding='utf-8').write('\n'.join(L)+'\n')
print(n,len(M))
