def rep(fn, pairs):
    s=open(fn,encoding='utf-8').read()
    for a,b in pairs:
        assert s.count(a)==1,(fn,a,s.count(a))
        s=s.replace(a,b)
    open(fn,'w',encoding='utf-8').write(s)
import re
s=open('fr.txt',encoding='utf-8').read()
rm=["H|un humain svp","R|J'ai perdu mon travail","R|Ça sent le gaz dans la cave","R|Mon père est décédé le mois dernier","R|Notre appartement à Liège","F|C'est la troisième fois que je vous donne","F|Bravo, encore un lien","RF|Je n'ai PLUS D'ARGENT","R|Mon mari me frappe"]
lines=s.splitlines()
for r in rm:
    m=[l for l in lines if l.startswith(r)]; assert len(m)==1,r; lines.remove(m[0])
open('fr.txt','w',encoding='utf-8').write("\n".join(lines)+"\n")
P=[
("Vous refusez de payer pour l'incendie du garage ?? Après 15 ans chez vous ?? On se verra au tribunal.","Trois mois pour m'envoyer un expert et maintenant il dit que la grêle n'a pas abîmé la toiture ?? Tout le quartier a des tuiles cassées !! J'irai au tribunal s'il le faut."),
("Vous m'avez coupé le gaz alors que je paie mon plan d'apurement chaque mois. C'est une erreur grave, je veux parler à quelqu'un immédiatement.","Votre agent de recouvrement m'a menacé au téléphone de saisir mes meubles, alors que je n'ai jamais reçu de facture. Ce comportement est inacceptable, je veux parler à un responsable."),
("Mon épouse est décédée, je voudrais parler à quelqu'un de son assurance vie, pas à un robot.","Ma tante est morte à la maison de repos la semaine passée, je suis sa seule famille. Est-ce qu'une personne peut me guider pour fermer son compte ?"),
("Je souhaiterais échanger avec quelqu'un des ressources humaines au sujet de ma candidature pour le poste d'agent d'accueil.","Bonjour, j'ai envoyé une candidature spontanée comme chauffeur de bus il y a un mois. Serait-il possible d'en parler avec un recruteur par téléphone ?"),
("Sans réponse de votre part sous huit jours, je saisis le médiateur de l'énergie.","Le Service de médiation pour le consommateur va recevoir mon dossier, votre gestion de ma garantie est scandaleuse."),
("Mon avocat va vous contacter, votre refus de résilier le contrat est abusif.","Ma juriste de la protection juridique examine vos conditions de résiliation, je ne compte pas payer ces 300 € d'indemnité."),
("arrêtez avec vos réponses toutes faites et donnez-moi quelqu'un de réel, j'en ai marre","ras le bol de ce robot, je veux quelqu'un au bout du fil. MAINTENANT."),
("Vous lisez ce que j'écris ou pas ???","???? c'est pas du tout ce que j'ai demandé"),
("bot complètement inutile","t'es vraiment nul comme assistant, un gamin de 5 ans ferait mieux"),
("Je veux parler à un responsable. Mon remboursement est bloqué depuis deux mois et personne ne me répond.","Remboursement bloqué depuis deux mois, aucun retour à mes mails. Pouvez-vous me faire rappeler par le service concerné ?"),
("Quels sont les horaires du service client par téléphone ?","Le service client est-il ouvert le 15 août ?"),
("Est-ce que je parle à un robot là ?","C'est ChatGPT derrière ce chat ?"),
("J'ai besoin de votre numéro de téléphone pour un formulaire du CPAS, lequel dois-je indiquer ?","Sur le formulaire de la mutuelle, on me demande le numéro de votre service sinistres. C'est lequel ?"),
("Merci de ne pas m'appeler, je suis au travail. Répondez-moi par mail.","Inutile de me téléphoner, un SMS de confirmation suffit."),
("Le livreur peut-il m'appeler avant de passer ? L'interphone ne marche pas.","Pouvez-vous demander au chauffagiste de me prévenir par téléphone une heure avant ?"),
("Aucune réclamation, tout va bien ! Je voulais juste changer mon adresse e-mail.","Je n'ai jamais eu à me plaindre de vous en 20 ans 👍 Petite question : vous avez une offre pour les pensionnés ?"),
("Ma plainte du mois dernier a été réglée, merci à l'équipe !","Le souci de chauffage dont je vous avais parlé est résolu, le technicien était top. Vous pouvez clôturer le dossier."),
("Ces prix me tuent 😅 vous avez des codes promo ?","Votre nouvelle pub m'a tué de rire 😂 sinon, les baskets en 39 reviennent quand ?"),
("Je suis mort de fatigue, donc vite fait : comment je télécharge ma facture ?","Je meurs de faim, vous livrez encore ce soir à Schaerbeek ?"),
("Vous recrutez à Bruxelles en ce moment ?","Vos offres d'emploi, elles sont aussi publiées chez Actiris ?"),
("Mon assurance voyage couvre-t-elle le ski ?","Mon assurance habitation me suit-elle si je pars en kot à Louvain-la-Neuve ?"),
("Combien coûte l'assurance complémentaire dentaire ?","L'hospitalisation en chambre particulière est-elle couverte par ma formule ?"),
("GÉNIAL ça marche !!! merci beaucoup 😀","Top, bien reçu le code d'activation. Bonne journée !"),
("Mon numéro client est FR-2231-BX","ref dossier 77/2291/B, je confirme l'adresse : rue Haute 14, 1000 Bruxelles"),
("Que veut dire \"TVA NON APPLICABLE\" sur ma facture ?","Dans l'appli il y a un badge PRO à côté de mon nom, c'est normal ?"),
("Y a-t-il des travaux sur la ligne Bruxelles–Namur ce week-end ?","Le train de 17h32 pour Ottignies part toujours de la voie 12 ?"),
("Quelle est la différence entre un tarif fixe et un tarif variable ?","Est-ce que je peux recevoir mes factures tous les deux mois au lieu de chaque mois ?"),
("Le colis a été déposé chez la voisine, pas de souci.","Mon colis est en point relais à Anderlecht, il y reste combien de jours ?"),
("Je voudrais savoir comment on déclare un sinistre en général, je compare les assurances.","Pour mon cours de droit : quel est le délai légal pour déclarer un sinistre en Belgique ? C'est purement théorique."),
("Mon voisin se plaint tout le temps mais moi je suis ravie de vos services. Vous faites un parrainage ?","Ma belle-sœur dit que vous êtes les moins chers pour internet, c'est vrai aussi pour un studio à Verviers ?"),
]
rep('fr.txt',P)
