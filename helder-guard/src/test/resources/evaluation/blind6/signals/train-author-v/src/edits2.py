exec(open('edits.py').read().split("edit('fr.txt'")[0])
def add(fn, items):
    with open(fn,'a') as f:
        for it in items: f.write(it+'\n')
edit('nl.txt', drops=["Kan ik uitstel van betaling krijgen","ik heb schulden en krijg steeds","Ik zoek een stageplaats","Hoe dien ik een claim in","Vanmiddag aanrijding","Mijn advocaat heeft u hierover",
  "Het pakket was beschadigd","Ik overweeg om over te stappen","GASLUCHT in de flat","Uw verhuizers hebben","Ik ben zeer ontevreden over de afhandeling","Kunt u mij in contact brengen met de afdeling"])
add('nl.txt', ["F|hallooo ik vroeg wat de opzegtermijn is, niet hoe ik moet inloggen 🙄",
 "F|ja hoor, 'uw vraag is doorgestuurd'. waarheen dan, de prullenbak?",
 "F|Wat een geneuzel. Ik wil alleen weten of lijn 12 morgen rijdt.",
 "F|WAAR STAAT DIE KNOP DAN",
 "F|Ach man, laat ook maar. Ik zoek het zelf wel uit.",
 "F|wtf is dit voor menu, ik kom steeds weer bij het begin uit",
 "-|Kunnen jullie op de volgende jaarafrekening ook het verbruik per maand laten zien? Zou handig zijn.",
 "-|Mijn moeder is vandaag 92 geworden 🎂 en wil graag de seniorenkorting op haar ov-kaart. Hoe regel ik dat?"])
edit('en.txt', drops=["Is it possible to defer this month","Can't pay the full amount of the final","Our solicitor advised","Looking for an internship","My mum died in March",
  "I'm going to cancel my subscription if","Booked wheelchair assistance","Meh. The food","Hi there, I applied for the warehouse","I'm not accepting the answer","I've had enough of the runaround"])
add('en.txt', ["F|Right. So that's a no then. Brilliant.",
 "F|I literally just gave you my account number, scroll up",
 "F|This is painful. I asked ONE question.",
 "F|ugh whatever, forget it",
 "F|Are you deliberately misunderstanding me or is this just how you're programmed??",
 "-|Can I add my brother as a second contact on the account for when I'm abroad?",
 "-|Is there a dress code for the careers fair you're holding at the Jaarbeurs? Just going to have a look around.",
 "-|What does \"excess\" mean on my car insurance documents?",
 "-|LOVE the new app update, the dark mode is great. Is there a widget too?"])
edit('de.txt', drops=["Krankengeld ist noch nicht da","Hab inzwischen drei Mahnungen","Hatte heute früh mit dem Mietwagen","Unser Sohn hat beim Fußballspielen","In unser Ferienhaus in Domburg",
  "Die App stürzt seit dem Update","Bei aller Freundlichkeit","Ihre Handwerker haben","Mein Vater ist gestorben","Der Busfahrer ist an meinem Sohn","ICH WILL JETZT SOFORT","Verbinden Sie mich bitte mit der Abteilung"])
add('de.txt', ["F|Junge, ich will nur wissen, ob das Paket heute noch kommt. Mehr nicht.",
 "F|Ach komm, hör doch auf mit deinen Textbausteinen.",
 "-|Darf ich meinen Hund im Bus mitnehmen, und braucht er ein eigenes Ticket?",
 "-|Wie kündige ich den Vertrag, wenn ich ins Pflegeheim ziehe? Ist alles geregelt, ich brauche nur das Formular.",
 "-|Ich habe mein Passwort fürs Kundenportal vergessen, wie setze ich es zurück?"])
edit('fr.txt', drops=["Je suis sans emploi depuis trois mois","Il y a de l'eau qui coule le long","Il y a un poteau électrique","Est-ce que je peux postuler directement","Le feu a pris dans le local",
  "L'hôtel ne ressemblait pas","Ça fait trois fois que je signale la fuite","Votre facture de régularisation est fausse","L'eau monte dans la rue","Ma demande de remboursement a été refusée","Sérieusement ?! Un huissier"])
add('fr.txt', ["F|Mais répondez à ma question bon sang, elle est simple : le magasin de Lille est ouvert dimanche ?",
 "-|Est-ce que je peux recevoir mes factures sur une autre adresse mail que celle du compte ?",
 "-|Bonjour, ça marche comment le parrainage ? Mon beau-frère veut changer de fournisseur.",
 "-|Le code promo NOEL25 marche aussi sur les articles soldés ?"])
