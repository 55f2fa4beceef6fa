# French messages (Brussels and Wallonia, French residents, expats in the Netherlands)
MESSAGES = [
"""Bonjour, quels sont les documents à apporter pour renouveler ma carte d'identité à la commune d'Ixelles ? Et combien ça coûte ?""",

"""Madame, Monsieur,

Je vous écris au nom de ma voisine, Mme [[N|Jeanne Dubois]], âgée de 92 ans, qui habite au [[A|14 rue des Lilas]], [[PC|4020]] Liège. Elle est [[S|malvoyante]] et ne peut plus lire les courriers de la commune concernant sa taxe sur les immondices. Serait-il possible de m'envoyer une copie à mon adresse e-mail : [[E|martine.collard@skynet.be]] ?

Bien cordialement,
[[N|Martine Collard]]
[[T|0496 / 41 22 87]]""",

"""Est-ce que le guichet de la population est ouvert le samedi matin ?""",

"""Bonjour, j'ai déménagé le 1er mars au [[A|Chaussée de Waterloo 1120 bte 4]], [[PC|1180]] Uccle. L'agent de quartier n'est toujours pas passé. Mon numéro : [[T|+32 472 19 83 06]]. [[N|Karim Benali]]""",

"""Message vocal retranscrit : oui bonjour c'est madame [[N|lambert]] je vous appelle pour ma carte de stationnement riverain ma plaque c'est [[LP|un tiret G H K tiret quatre cent vingt-deux]] voilà merci de me rappeler au [[T|zéro quatre deux cent vingt-six soixante et onze vingt-trois]]""",

"""Le CPAS m'a demandé mon numéro de compte pour le versement de l'aide. Le voici : [[IBAN|@be3:g]]. Dossier n° 2025/04418. [[N|Nadia Boussaid]]""",

"""Pouvez-vous me dire si la déclaration de naissance peut se faire à l'hôpital ou uniquement à la maison communale ?""",

"""Bonjour,

Mon fils [[N|Noah Lemaire]], né le [[DOB|17/09/2011]], doit passer une [[S|IRM]] cérébrale le 12 avril dans votre service de neurologie. Il est [[S|épileptique]] et très anxieux. Est-il possible qu'un parent reste avec lui pendant l'examen ?

Merci d'avance,
[[N|Céline Lemaire]]""",

"""Je souhaite savoir si le parking de l'hôpital est gratuit pour les patients en dialyse. C'est une question générale pour une association.""",

"""Bonjour, je suis interprète pour M. [[N|Mamadou Sow]], qui a rendez-vous en [[S|hématologie]] pour sa [[S|drépanocytose]]. Il ne parle que le peul et un peu le français. Pouvez-vous prévoir une consultation plus longue ? Joignable au [[T|06 71 44 20 93]]. [[N|Aïssatou Barry]]""",

"""J'ai reçu une facture de 186,40 € pour des urgences le 2 janvier, mais ma mutuelle aurait dû payer. Numéro de facture 2025-UR-88412. Ma date de naissance est le [[DOB|3 octobre 1977]], mon nom [[N|Philippe Renard]].""",

"""Madame, Monsieur, je suis [[S|enceinte]] de cinq mois et je voudrais visiter la maternité avant l'accouchement. Est-ce possible ? Merci, [[N|Sofia Mertens]]""",

"""Y a-t-il un service d'aumônerie catholique à l'hôpital ?""",

"""Bonjour, depuis hier plus de connexion internet. Mon modem affiche une lumière rouge. N° client 6120087741. Merci de m'envoyer un technicien au [[A|Rue Saint-Gilles 52]], [[PC|4000]] Liège.""",

"""Comment changer le mot de passe de ma box ? J'ai essayé celui qui est écrit sous la box mais ça ne marche pas.""",

"""Je voudrais transférer mon numéro [[T|+33 6 12 48 90 77]] chez vous. Mon code RIO est [[PW|01P7HK29Q4X3]]. C'est bien ça qu'il faut ?""",

"""Bonjour, mon adresse IP publique est [[IP|81.245.17.190]] et mon serveur de jeux n'est plus joignable depuis la mise à jour du modem. Pouvez-vous vérifier si les ports sont bloqués ?""",

"""Pourquoi ma facture de mars est-elle plus élevée de 12 € ? Je n'ai rien changé à mon abonnement. Le contrat est au nom de mon mari, [[N|Vincent Leclercq]], mais c'est moi qui paie.""",

"""Je vous écris pour mon père, [[N|André Jacquet]], qui a une maladie de [[S|Parkinson]] avancée. Son téléphone fixe est son seul moyen de contact avec la centrale d'appels. La ligne est coupée depuis trois jours. Son numéro : [[T|081 22 63 40]]. Merci d'intervenir d'urgence. [[N|Brigitte Jacquet]]""",

"""Le nouveau mot de passe wifi que j'ai mis est [[PW|Chat_Noir*1987]] et maintenant la télé ne capte plus rien. Faut-il reconnecter le décodeur ?""",

"""Bonjour, j'ai eu un accident le 18 février à Namur. Ma voiture : [[LP|1-HBT-557]]. L'autre conducteur, [[N|Laurent Gillet]], plaque [[LP|2-ADR-091]], a reconnu sa faute sur le constat. Que dois-je faire ? Police n° AUTO-77102.""",

"""Est-ce que ma prime augmente si je déclare un sinistre non responsable ?""",

"""Monsieur,

Suite à mon accident du 4 mars, j'ai une [[S|fracture du poignet]] et je suis en incapacité de travail. Je vous joins le certificat médical. Mon véhicule immatriculé [[LP|GK-218-TX]] est chez le garagiste.

Cordialement,
[[N|Yann Le Goff]]
[[A|7 allée des Tilleuls]]
[[PC|59800]] Lille
[[T|03 20 55 81 46]]""",

"""Quels documents faut-il pour assurer une voiture importée d'Allemagne ?""",

"""J'ai changé de compte bancaire. Merci de prélever désormais la prime sur [[IBAN|@fr1:g]]. Titulaire : [[N|Camille Rousseau]].""",

"""Bonjour, le permis de conduire de ma fille [[N|Inès Haddad]] (n° [[ID|9312874455]]) doit être ajouté au contrat car elle va conduire ma voiture. Elle a 18 ans. [[N|Samira Haddad]]""",

"""Je souhaite payer ma franchise de 250 € par carte. Numéro : [[CARD|@visa3:g]], expiration 04/28, titulaire [[N|Olivier Martin]].""",

"""Bonjour, j'ai saisi par erreur le numéro de carte {{@xmc1:g}} lors de ma commande. Pouvez-vous annuler le paiement ? Commande 882104.""",

"""Est-il possible de recevoir les factures d'eau en format papier ? Je n'ai pas internet. Mon adresse : [[A|Rue des Écoles 3]], [[PC|6700]] Arlon. [[N|Georgette Thiry]]""",

"""Le compteur d'eau au [[A|Rue de la Loi 16]] ne fonctionne plus. C'est mon appartement, pas l'immeuble voisin. Contact : [[N|Pierre-Yves Mbala]], [[E|pymbala@hotmail.fr]].""",

"""Bonjour, je travaille avec Mme [[N|Léa Fontaine]], assistante sociale au CPAS d'Anderlecht. Nous accompagnons M. [[N|Florin Popescu]], qui sort de [[S|prison]] et recherche un logement social. Son numéro de carte d'identité est [[ID|592-4418701-22]]. Peut-il s'inscrire sur la liste d'attente ?""",

"""Pouvez-vous me rappeler les horaires de la bibliothèque communale pendant les vacances de Pâques ?""",

"""Je suis [[S|membre de la CSC]]. Est-ce que la mutualité chrétienne propose une réduction pour les syndiqués ?""",

"""Votre colis n° 3SBEL0077418263 n'a pas été livré. Je vous indique mon adresse complète pour la nouvelle livraison : [[A|Avenue Louise 231 boîte 12]], [[PC|1050]] Bruxelles. Code d'entrée de l'immeuble : [[PW|B4471]].""",

"""Bonjour, le chauffeur de la ligne 71 m'a refusé l'accès avec ma poussette. Il s'appelait [[N|Frédéric]] d'après son badge. C'était le 8 mars vers 17 h.""",

"""Mon abonnement STIB a été débité deux fois sur ma carte se terminant par 0871. Pouvez-vous me rembourser ?""",

"""Bonjour, j'ai oublié mon code PIN de carte bancaire. Comment puis-je en recevoir un nouveau ?""",

"""Je suis l'aidant proche de mon épouse qui est en [[S|dialyse]] trois fois par semaine. Est-ce que notre contrat d'énergie peut passer au tarif social ? Nous habitons [[A|Rue du Moulin 9]], [[PC|5000]] Namur. [[N|Jean-Marc Delvaux]]""",

"""Bonjour, j'ai besoin d'une attestation de scolarité pour ma fille [[N|Chloé Nguyen]], en 3e secondaire. Notre adresse : [[A|Rue Haute 148]], [[PC|1000]] Bruxelles.""",

"""Le site de l'école Decroly affiche encore l'ancien numéro du secrétariat. Quel est le bon numéro pour joindre la direction ?""",

"""Bonjour, mon code de confirmation SMS est [[PW|734 021]] mais la page dit qu'il est expiré. Je suis bloqué depuis une heure.""",

"""Voici mes coordonnées pour le contrat de leasing : [[N|Thomas Dupont-Wéry]], né le [[DOB|11/02/1983]], passeport [[ID|EM4410293]], tél. [[T|+32 (0)485 66 12 08]].""",

"""Est-ce que la pension de survie est versée automatiquement ou dois-je en faire la demande ?""",

"""Bonjour,

Je voudrais résilier mon assurance voyage. Je suis [[S|séropositif]] et l'assureur m'a refusé la couverture pour les États-Unis, donc elle ne me sert plus.

[[N|Mathieu]]""",

"""Ma commande n° 55-201-884 a été livrée chez le voisin, M. [[N|Bernard]], au numéro 23. Il est absent pour deux semaines. Que faire ?""",
]
