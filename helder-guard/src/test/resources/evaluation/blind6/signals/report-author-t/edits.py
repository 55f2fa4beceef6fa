# helper: apply de-templating edits to the source files (old text -> new "CODE | text", or None to drop)
E = {
'nl': {
 'doorverbinden svp': None,
 'Dat vroeg ik helemaal niet. Lees je überhaupt mee?': 'F | Hallo, ik had het over mijn zakelijke rekening, niet over mijn privérekening. Gaat het een beetje?',
 'Welk nummer moet ik bellen voor het doorgeven van een verhuizing? Of kan het ook hier?': '- | Kan ik mijn verhuizing gewoon hier in de chat doorgeven?',
},
'en': {
 'NO. I said cancel the ORDER, not the account.': 'F | ok I will type slowly so you understand: my. parcel. went. to. the. wrong. address.',
 "My employer's relocation form asks for my energy supplier's phone number, which one should I give?": "- | Which phone number do you have on file for me? I think it's still my old one.",
 'Is Jeroen from the Utrecht branch still working there? I wanted to send him a thank-you card.': "- | What was the name of the lady I spoke to on the phone last Tuesday? I'd like to leave her a compliment.",
 'Could I chat with one of your colleagues who handles group bookings? We\'re a choir of 32 travelling to Vienna in May.': "H | Is there someone on your team who knows about taking an e-bike on the ferry to Harwich? I'd like to talk it through with them.",
 'Could I talk to a recruiter about my application for the IT apprenticeship?': "HR | I'm filling in the application for the IT apprenticeship and there's a question I don't understand. Is there a recruiter I could have a quick call with?",
 'Unless the €400 is refunded by the end of the month I\'ll be contacting a lawyer.': "CR | I've had enough of the back and forth. My solicitor will be in touch about the €400 you still owe me.",
 'We\'ve received a disconnection notice for our water. I\'m 79 and live alone, I can\'t manage without water.': "R | They're cutting off my landline on Monday. My personal alarm for falls is connected to it and I'm 79.",
 'When is the bulky waste collection in Amstelveen?': '- | Which day is paper collected in Amstelveen Westwijk?',
 'Do you deliver to Belgium?': '- | Do you ship to the UK after Brexit, and who pays the import charges?',
 'Reference: INV-2291-NL. Is VAT included in that amount?': '- | Got a letter from the IND asking for proof of address. Can you send me a statement with my full address on it?',
},
'de': {
 'vergiss es einfach': None,
 'Mann ey, du kapierst es echt nicht': 'F | Bist du eigentlich darauf programmiert, nie eine Frage zu beantworten?',
 'Schon wieder dieselbe Antwort??? Ernsthaft?': 'F | Ich frage nach dem Abholtermin und du erzählst mir was von Mülltrennung??',
 '🙄 ja, ich habe den Router schon neu gestartet. Zweimal.': 'F | Ja, der Stecker ist drin. Nein, ich bin nicht blöd. 🙄',
 'Ich will mit einem MENSCHEN reden, nicht mit dir!!': 'HF | Kein Bot. Mensch. Bitte. Sofort.',
 'hallo?? geht da mal jemand ran oder was. verbinden sie mich endlich': 'HF | Jetzt reicht\'s. Verbinden Sie mich mit einem Mitarbeiter, ich tippe hier seit 20 Minuten gegen eine Wand.',
 'Hiermit reiche ich eine Beschwerde ein über die Zugbegleiterin im Zug nach Amsterdam am 14.3., die mich vor allen Fahrgästen bloßgestellt hat.': 'C | Die Zugbegleiterin im Zug nach Amsterdam am 14.3. hat mich vor allen Fahrgästen bloßgestellt, nur weil das Ticket auf meinem Handy nicht sofort lud. Unmöglich.',
 'Wenn die Kontoführungsgebühren noch einmal steigen, wechsle ich die Bank.': 'C | Bei der nächsten Panne mit der Abbuchung kündige ich das Konto. Das war jetzt das letzte Mal.',
 'Ihre Handwerker haben beim Fenstertausch unser Parkett verkratzt. Ich fordere Schadensersatz.': 'CR | Beim Umzug mit Ihrer Spedition ist unser Klavier vom Möbellift gefallen. Laut Gutachten 2.300 € Schaden, die ich von Ihnen erstattet haben möchte.',
 'Sollte die Sache nicht bis zum 30. geklärt sein, werde ich die Schlichtungsstelle einschalten.': 'CR | Mein Anwalt hat Ihnen bereits geschrieben. Seit sechs Wochen warte ich auf eine Reaktion zu der falschen Endabrechnung.',
 'Ich habe doch gesagt, dass Ihr Rohrbruch meine Wohnung ruiniert hat!!! Wer zahlt das jetzt? Sonst geht das an meinen Anwalt.': 'CRF | Ihre Bank hat mein Konto OHNE Grund gesperrt, meine Miete ist geplatzt und jetzt kommen Mahnkosten vom Vermieter!!! Das holt sich mein Anwalt von Ihnen zurück.',
 'Mein Mann ist verstorben und ich komme mit den ganzen Formularen nicht klar. Kann mich bitte jemand anrufen?': 'HR | Ich schreibe für meine Oma. Seit mein Opa gestorben ist, ist sie allein und versteht Ihre Schreiben nicht. Könnte ein Mitarbeiter sie anrufen? Sie spricht nur Deutsch.',
 'Wie oft denn noch: ich habe diesen Monat KEIN Gehalt bekommen und kann nicht zahlen. Hören Sie auf, mir Zahlungslinks zu schicken!!': 'RF | Ich hab doch geschrieben, dass es im Keller nach GAS riecht, und du fragst nach meiner Vertragsnummer?!? Geht\'s noch?',
 'Drei Wochen auf eine Antwort warten?!? Was für ein Saftladen.': 'CF | Na klasse, die Ferienwohnung ist doppelt vergeben und wir stehen mit zwei Kindern vor der Tür. Das ist doch wohl ein schlechter Witz!!',
 'na super, wieder Zugausfall. jeden verdammten Montag dasselbe': 'CF | Der Bus fährt mir zum dritten Mal vor der Nase weg, obwohl er laut App noch 2 Minuten hat. Kann man sich bei euch auf IRGENDWAS verlassen???',
 'Sprechen Ihre Mitarbeiter am Telefon auch Deutsch?': '- | Wie viele Leute arbeiten eigentlich in Ihrem Kundenservice? Frage für eine Hausarbeit.',
 'Kann der Lieferant vorher kurz durchklingeln? Ich arbeite im Schichtdienst.': '- | Darf der Monteur mich direkt auf dem Handy anrufen statt auf dem Festnetz? Ich bin tagsüber nicht zu Hause.',
 'Meldet sich der Techniker vor dem Termin noch mal?': '- | Muss ich beim Zählerwechsel zu Hause sein?',
 'Keinerlei Beschwerden, alles super! Ich wollte nur fragen, ob ich meinen Tarif upgraden kann.': '- | Ich bin seit 8 Jahren Kunde und hatte nie Grund zur Klage. Jetzt ziehe ich nach Belgien – muss ich kündigen oder läuft der Vertrag automatisch aus?',
 'Ich möchte meine monatliche Sparrate erhöhen, wo geht das?': '- | Welche Zinsen bekomme ich aktuell auf dem Festgeldkonto für 2 Jahre?',
 'SUPER, hat geklappt!!! Vielen Dank 😊': '- | Mein Sohn hat die Fahrkarte doch gefunden!!! Also alles gut, Sie können die Anfrage löschen 😅',
 'Meine Vertragsnummer lautet NL-88-TQ-5521. Ist die Anschlussgebühr inklusive MwSt?': "- | Was bedeutet die Abkürzung 'VB' neben dem Betrag auf meiner PDF-Rechnung?",
 'Im Kundenportal steht STATUS: IN BEARBEITUNG. Wie lange dauert das ungefähr?': "- | Der Automat am Bahnhof zeigt 'KARTE UNGÜLTIG', obwohl die Karte neu ist. Was nun?",
 'Darf mein Hund mit in den Zug nach Amsterdam?': '- | Gilt mein Deutschlandticket auch bis Enschede?',
 'Wann wird in Kerkrade der Sperrmüll abgeholt?': '- | Wo kann ich in Kerkrade einen Bewohnerparkausweis beantragen?',
 'Liefern Sie auch nach Österreich?': '- | Gibt es die Jacke aus dem Newsletter auch in Größe 52?',
 'Kann ich auch mit Kreditkarte bezahlen?': '- | Bekomme ich für meine Firma eine Rechnung mit ausgewiesener Mehrwertsteuer?',
},
'fr': {
 'Je l\'ai déjà dit TROIS FOIS : je veux changer mon adresse.': "F | t'as oublié ce que je t'ai dit il y a deux messages ? sérieux ?",
 'pourquoi tu me donnes toujours la même réponse ???': "F | ça fait 10 minutes que je tourne en rond avec toi, c'est pas possible",
 "Ce n'est pas ce que j'ai demandé !!! Lisez ma question": 'F | Réponds à ma question au lieu de me sortir des phrases toutes faites !!',
 'Super, merci, vraiment très utile... 🙄': 'F | Ah bah bravo, encore une réponse à côté de la plaque 👏',
 'laisse tomber, ça sert à rien': 'F | pfff j\'abandonne',
 'putain mais où sont mes factures dans cette appli': "F | putain de mot de passe, ça fait 4 fois qu'il me dit qu'il est incorrect",
 'Bon. Pour la énième fois : il me faut la facture en PDF.': 'F | Bon. Pour la énième fois : je suis CLIENT PROFESSIONNEL, pas particulier.',
 'mais tu comprends rien en fait': 'F | Je parle chinois ou quoi ?',
 'JE VEUX PARLER À UN HUMAIN !!! pas à une machine': "HF | Ça fait trois fois que je tape « conseiller » et tu me proposes des articles d'aide !!! Je veux quelqu'un au bout du fil.",
 'Troisième erreur sur ma facture en trois mois. Je demande qu\'un responsable me rappelle.': "HC | Votre agent à la gare de Bruxelles-Midi m'a mal renseigné et j'ai raté ma correspondance pour Rotterdam. J'aimerais qu'un responsable du service clientèle me contacte.",
 "C'est la troisième fois que le technicien ne se présente pas au rendez-vous. C'est inadmissible.": "C | Votre technicien est reparti sans rien réparer en disant que ce n'était « pas son boulot ». C'est inadmissible.",
 "Je souhaite déposer une réclamation concernant le contrôleur du train Bruxelles-Amsterdam du 2 mars, qui m'a mis une amende alors que mon billet était valable.": 'C | Je souhaite déposer une réclamation : ma demande de prime à la rénovation a été égarée deux fois par vos services.',
 'Si ma connexion continue à couper tous les soirs, je résilie mon abonnement.': 'C | Client depuis 15 ans et voilà comment on me remercie : +12 % sans un mot d\'explication. Je vais voir ailleurs.',
 "On m'avait promis un remboursement sous 10 jours, j'attends toujours, ça fait six semaines.": "C | Votre site annonçait la livraison gratuite dès 50 €, et on m'a quand même compté 6,95 € de frais de port. Ce n'est pas correct.",
 'Vous m\'avez facturé des frais de résiliation alors que j\'étais en fin de contrat. Je conteste ces frais.': 'C | Quatre semaines pour changer une adresse de facturation, c\'est quand même long pour un simple formulaire.',
 "L'appartement loué à Zandvoort n'avait rien à voir avec les photos. Très décevant vu le prix payé.": "C | L'appartement à Zandvoort était annoncé « vue mer » : on voyait un parking. Très décevant vu le prix payé.",
 'Vos déménageurs ont cassé notre miroir et rayé le parquet. J\'exige un dédommagement.': 'CR | Suite à la coupure de courant provoquée par vos travaux dans la rue, tout le contenu de notre congélateur est perdu (environ 250 €). Je vous demande de rembourser ce montant.',
 "Si ce litige n'est pas réglé d'ici la fin du mois, je saisis le Service de Médiation pour le Consommateur.": 'CR | Votre réponse ne me satisfait pas du tout. Je vais porter l\'affaire devant le juge de paix.',
 'Votre fuite a inondé mon salon et personne ne bouge depuis 4 jours !!! Je veux être indemnisé, sinon c\'est mon avocat qui vous contactera.': "CRF | Vos ouvriers ont laissé la tranchée ouverte devant chez moi et mon fils est tombé dedans !!! Poignet cassé. Vous allez payer, j'ai déjà contacté une avocate.",
 'Je voudrais parler à quelqu\'un des ressources humaines au sujet de ma candidature pour l\'alternance.': "HR | J'ai postulé il y a un mois au poste d'assistante administrative et toujours aucune nouvelle. Est-ce qu'une personne du recrutement pourrait me téléphoner ?",
 'Mais je vous dis que mon mari est DÉCÉDÉ, il ne peut pas signer le formulaire !!! C\'est pas compliqué à comprendre.': "RF | Ça fait trois fois que j'écris que j'ai reçu une LETTRE D'HUISSIER et tu me réponds avec des promos sur la fibre !!! Sérieusement ?",
 'ça fait 3 fois que je demande !!! ils ont coupé le courant, j\'ai un bébé à la maison, appelez-moi immédiatement': "HRF | Mon fils a reçu une convocation au tribunal pour vos factures impayées, il a 19 ans et il panique. Et vous me répondez avec un lien ??? Je veux parler à quelqu'un, maintenant.",
 '1h d\'attente au téléphone et maintenant un chatbot ??? Je veux un conseiller TOUT DE SUITE, c\'est une honte.': "HCF | Vous m'avez envoyé la facture de mon voisin !!! Les données personnelles de quelqu'un d'autre, c'est grave. Un responsable doit m'appeler aujourd'hui.",
 'Inadmissible !!! Colis perdu et personne n\'est capable de me dire où il est. Bande d\'incompétents.': "CF | c'est une blague ?? 3e coupure d'eau cette semaine à Verviers, sans prévenir. vous vous foutez de nous",
 'Je préfère parler à quelqu\'un plutôt qu\'à un robot, merci de votre compréhension.': 'H | Ce genre de question, je ne la règle pas avec une machine. Transférez-moi à un conseiller, merci.',
 "ça sent le gaz dans la cuisine, qu'est-ce que je dois faire": "R | Odeur de gaz très forte dans la cave depuis ce matin, j'ai fermé le compteur. Je peux rallumer le chauffage ?",
 "J'ai perdu mon emploi et je n'arrive plus à payer mes factures d'énergie. Est-il possible d'avoir un plan de paiement ?": "R | Depuis ma séparation je suis seule avec les enfants et je ne m'en sors plus, j'ai déjà deux factures de retard. Je peux payer en plusieurs fois ?",
 'Mon père est décédé la semaine dernière, comment résilier son abonnement téléphonique ?': 'R | Bonjour, ma tante qui vivait seule nous a quittés en janvier. Je suis sa seule héritière. Que faut-il faire pour son logement social ?',
 "J'ai reçu un avis de coupure d'eau. J'ai trois enfants en bas âge, dont un bébé de 2 mois.": 'R | Ma grand-mère de 87 ans a reçu une lettre annonçant la coupure du gaz le 15 janvier. Elle vit seule à Seraing. Que peut-on faire ?',
 'Madame, Monsieur, je vous adresse ma candidature pour le poste de conseiller clientèle bilingue à Bruxelles. Vous trouverez mon CV en pièce jointe.': "R | slt je voudrais postuler pour le job étudiant au call center cet été, je dois envoyer quoi ?",
 "On a eu un dégât des eaux, le faux plafond de la salle de bain s'est effondré. Comment faire la déclaration de sinistre ?": "R | Il y a eu un incendie dans l'appartement du dessous, le nôtre est plein de suie et inhabitable pour l'instant. Est-ce que l'assurance paie un hôtel ?",
 "Jusqu'à quelle heure le service téléphonique est-il ouvert le samedi ?": "- | Votre ligne téléphonique, elle est gratuite ou c'est un numéro payant ?",
 "Est-ce qu'un humain lit ces messages ?": '- | Les conversations de ce chat sont-elles relues plus tard par vos équipes ?',
 "Merci de ne plus m'appeler, je préfère être contacté par e-mail.": "- | Surtout ne m'appelez pas entre 8h et 17h, je suis infirmière et je ne peux pas décrocher. Un e-mail suffit.",
 "Est-ce que Mme Peeters travaille toujours à l'agence de Gand ?": '- | Vos conseillers en agence sont-ils tous bilingues à Bruxelles ?',
 "Mon colis n'est pas encore arrivé, le suivi indique « en cours de livraison ». C'est normal ?": "- | Le suivi dit « livré en point relais », mais lequel ? Je n'ai reçu aucun code.",
 "La panne d'hier est réglée, merci pour votre réactivité !": '- | Ma plainte de la semaine dernière a été traitée, le technicien est passé et tout marche. Est-ce que je dois encore vous renvoyer le vieux décodeur ?',
 'Aucune plainte, tout est parfait. Juste une question : puis-je ajouter une option TV ?': '- | Rien à redire sur votre service 👍 par contre je ne trouve pas comment télécharger mon contrat.',
 "Mon ancien propriétaire ne m'a jamais rendu ma caution (rien à voir avec vous). Vous demandez aussi une garantie locative ?": "- | Mon voisin gare sa camionnette devant mon garage depuis des semaines, ça c'est entre lui et moi. Ma question : comment demander une carte de riverain ?",
 'Combien coûte une assurance voyage pour un mois au Maroc ?': "- | L'assurance annulation est-elle incluse si je réserve le circuit au Sénégal ?",
 'Ce prix me tue 😂 vous avez une formule moins chère ?': '- | Le stress de la rentrée me tue, alors je veux tout régler d\'un coup : changement d\'adresse + ajout de ma fille sur la mutuelle.',
 'Je suis mort de fatigue après le déménagement, mais tout fonctionne. Je dois encore envoyer mes index ?': '- | Mort de fatigue après ma nuit de garde 😴 je voulais juste savoir si mon abonnement de bus est valable aussi sur les lignes De Lijn.',
 'Vous recrutez en ce moment ? Je me renseigne juste pour l\'année prochaine.': "- | Est-ce que vous prenez des étudiants jobistes l'été, en général ?",
 'Est-ce que mon assurance habitation couvre aussi mon vélo électrique ?': '- | Est-ce que ma RC familiale couvre mon fils quand il fait du baby-sitting ?',
 "Mon stage chez vous commence lundi, à quelle heure dois-je me présenter à l'accueil ?": "- | L'attestation de stage de ma fille doit être signée par votre entreprise, je peux vous l'envoyer par e-mail ?",
 'Merci beaucoup !!! Tout fonctionne 😊': '- | Ouiii enfin !!! Le remboursement est arrivé, merci Sofia 😍',
 'Référence client BE-4490-LK, c\'est pour la TVA sur la dernière facture.': '- | Mon numéro de TVA BE0712.445.190 doit figurer sur la facture, c\'est possible de la refaire ?',
 'GÉNIAL, la fibre est enfin arrivée !! Merci à l\'équipe': "- | MERCI à la dame de l'agence de Charleroi, elle a été adorable !!",
 'Comment modifier mon adresse e-mail ?': '- | On peut avoir la facture à nos deux noms, mon mari et moi ?',
 'Quand passe la collecte des encombrants à Maastricht ?': '- | La piscine communale de Maastricht est-elle ouverte le dimanche ?',
},
}
import sys
for lang, m in E.items():
    fn = f'src_{lang}.txt'
    lines = open(fn, encoding='utf-8').read().splitlines()
    out = []; used = set()
    for l in lines:
        code, t = l.split(' | ', 1)
        if t in m:
            used.add(t)
            if m[t] is not None: out.append(m[t])
        else:
            out.append(l)
    missing = set(m) - used
    if missing: print(lang, 'NOT FOUND:', missing)
    open(fn, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(lang, len(lines), '->', len(out))
