# French customer messages: (text, labels). Placeholders {{KIND:id[:fmt]}} see build.py.
MSGS = [
("Bonjour, je n'ai toujours pas reçu mon colis (commande n° 77120934). Pouvez-vous vérifier ?", ""),

("Voici mon nouveau numéro de GSM : 0472 31 88 05. Merci de mettre à jour mon dossier. Cordialement, Mme Isabelle Dufour",
 "PHONE=0472 31 88 05;PERSON_NAME=Isabelle Dufour"),

("Je déménage au 12 rue des Lilas, 5000 Namur, à partir du 1er juin.",
 "ADDRESS=12 rue des Lilas;POSTCODE=5000"),

("Quel est le délai de remboursement d'une note de pharmacie ?", ""),

("Mon numéro de compte pour le remboursement : {{IBAN_BE:c:grp}}",
 "IBAN={{IBAN_BE:c:grp}}"),

("Ma fille Inès, née le 8 février 2015, est asthmatique. Peut-elle participer à la classe verte ?",
 "PERSON_NAME=Inès;DATE_OF_BIRTH=8 février 2015;SPECIAL_CATEGORY=asthmatique"),

("Est-ce que vous livrez aussi en France ?", ""),

("""Madame, Monsieur,

Je me permets de vous contacter au sujet de la facture de régularisation n° 2024/118832 d'un montant de 1 284,16 €. Ce montant me paraît anormalement élevé par rapport aux années précédentes.

Je vis seule depuis le décès de mon mari en 2022 et ma consommation a plutôt diminué. Relevés du jour : jour 18 332, nuit 9 871.

Pourriez-vous faire vérifier le compteur ? Je suis joignable au 081 22 47 90 ou par e-mail : m.lambert.namur@skynet.be.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Marie-Claire Lambert
Avenue Reine Astrid 67
5000 Namur""",
 "PHONE=081 22 47 90;EMAIL=m.lambert.namur@skynet.be;PERSON_NAME=Marie-Claire Lambert;ADDRESS=Avenue Reine Astrid 67;POSTCODE=5000"),

("Mon code PIN ne fonctionne plus après trois essais. Je pensais que c'était 2580.",
 "PASSWORD=2580"),

("Est-ce que l'assurance hospitalisation couvre aussi les soins dentaires ?", ""),

("Plaque d'immatriculation : 1-GHT-562. C'est pour l'abonnement parking à la gare de Liège-Guillemins.",
 "LICENCE_PLATE=1-GHT-562"),

("J'ai été contacté par un certain Julien Moreau qui prétend travailler chez vous. Est-ce vrai ?",
 "PERSON_NAME=Julien Moreau"),

("Je suis enceinte de 5 mois, puis-je encore partir en avion avec votre agence ?",
 "SPECIAL_CATEGORY=enceinte"),

("Mon numéro de carte est {{CARD_M:b:grp}}, expiration 04/28. Merci de renouveler mon abonnement.",
 "CARD={{CARD_M:b:grp}}"),

("Quels sont vos horaires d'ouverture le samedi ?", ""),

("Pour l'inscription : Karim Benali, né le 22/09/2001, 45 rue Victor Hugo, 59000 Lille.",
 "PERSON_NAME=Karim Benali;DATE_OF_BIRTH=22/09/2001;ADDRESS=45 rue Victor Hugo;POSTCODE=59000"),

("Bonjour, je voudrais résilier mon contrat internet. Merci.", ""),

("Je suis malvoyant, est-ce que votre site est compatible avec un lecteur d'écran ?",
 "SPECIAL_CATEGORY=malvoyant"),

("Adresse IP de ma connexion : 81.244.17.203. Votre site me dit que je suis en Russie alors que je suis à Charleroi !",
 "IP=81.244.17.203"),

("Le technicien, Mehdi, doit passer demain entre 8h et 12h. Le code de la porte d'entrée est A4721.",
 "PERSON_NAME=Mehdi;PASSWORD=A4721"),

("Combien coûte un abonnement de train pour un étudiant de 20 ans ?", ""),

("Veuillez noter ma nouvelle adresse e-mail : chloe.vandamme@hotmail.be",
 "EMAIL=chloe.vandamme@hotmail.be"),

("Je voyage avec mon passeport belge n° EN482193, valable jusqu'en 2029. Est-ce suffisant pour le Maroc ?",
 "ID_DOCUMENT=EN482193"),

("La facture mentionne 89,90 € par mois alors que l'offre était de 59,90 €.", ""),

("Mon mari, Thierry Lemaire, est sous dialyse. Nous aimerions annuler notre voyage sans frais. Réservation BK-22918.",
 "PERSON_NAME=Thierry Lemaire;SPECIAL_CATEGORY=dialyse"),

("Merci de rembourser sur le compte de ma sœur Nadia : {{IBAN_FR:a:grp}}",
 "PERSON_NAME=Nadia;IBAN={{IBAN_FR:a:grp}}"),

("Est-ce que je peux changer le titulaire du contrat d'eau en ligne ?", ""),

("Je suis membre de la CSC, ai-je droit à une réduction sur l'assurance familiale ?",
 "SPECIAL_CATEGORY=membre de la CSC"),

("bonjour code reçu par sms 902 447 il ne marche pas",
 "PASSWORD=902 447"),

("Est-ce que Stromae participe vraiment à votre campagne ? J'ai vu l'affiche à Bruxelles.", ""),

("Voici le numéro de ma carte d'identité : 591-2287416-64. J'ai besoin d'un duplicata de ma carte de train.",
 "ID_DOCUMENT=591-2287416-64"),

("Je n'ai pas encore de numéro de client, je suis nouveau.", ""),

("Mon fils Lucas a été diagnostiqué autiste. Quelles aides proposez-vous ?",
 "PERSON_NAME=Lucas;SPECIAL_CATEGORY=autiste"),

("Je souhaite recevoir mes factures à l'adresse suivante : Chaussée de Waterloo 1120 bte 4, 1180 Uccle.",
 "ADDRESS=Chaussée de Waterloo 1120 bte 4;POSTCODE=1180"),

("Votre numéro 078 15 15 15 ne répond jamais !", ""),

("Immatriculation de ma voiture de leasing : GR-552-TZ (plaque française). Je travaille à Mons.",
 "LICENCE_PLATE=GR-552-TZ"),

("J'ai un casier judiciaire. Est-ce que cela pose problème pour louer un logement social ?",
 "SPECIAL_CATEGORY=casier judiciaire"),

("Pouvez-vous m'envoyer un nouveau mot de passe ? J'ai oublié l'ancien.", ""),

("Mon téléphone : +33 6 45 19 82 07, je suis frontalier et j'habite à Maubeuge.",
 "PHONE=+33 6 45 19 82 07"),

("Bonjour, je m'appelle Van Anh Tran, je suis la nouvelle locataire du 3e étage. Comment activer mon badge ?",
 "PERSON_NAME=Van Anh Tran"),

("Proposez-vous des contrats d'énergie verte à prix fixe ?", ""),

("Date de naissance de mon père pour le dossier pension : 30 décembre 1950. Il s'appelle Fernand Goossens.",
 "DATE_OF_BIRTH=30 décembre 1950;PERSON_NAME=Fernand Goossens"),

("Le colis 3S4X991827BE a été déposé chez un voisin, mais lequel ?", ""),

("Je suis musulmane pratiquante et je souhaiterais une chambre avec un espace calme pour la prière.",
 "SPECIAL_CATEGORY=musulmane"),

("Bonjour, ma carte {{BADCARD:b}} est refusée sur votre site. Pourquoi ?", ""),
]
