# one-off edits: more short chat messages, mixed language, voice typing. Already applied once; do not re-run.
from edlib import edit
edit('src_nl.txt',{
 "H|Zou een adviseur contact met mij kunnen opnemen":"H|kan een adviseur me bellen ivm zakelijk abo",
 "H|wie kan ik spreken over de aanleg van de laadpaal":"H|wie kan ik spreken over de laadpaal",
 "H|verbind me door met een glasvezelspecialist aub":"H|kan ik ff met een collega van jullie praten? sorry my dutch is not so good",
 "C|De klantenservice belooft steeds dat het wordt opgelost":"C|steeds beloofd, nooit opgelost. slecht",
 "C|De nieuwe app is een stuk slechter":"C|nieuwe app is echt slechter dan de oude",
 "R|Ik wil schade melden, er is vannacht ingebroken":"R|ingebroken in mn auto vannacht, schade melden",
 "R|er staat water in de kelder na de storm":"R|kelder staat blank na de storm",
 "R|heb een aanmaning gehad en nu ook een brief van de deurwaarder":"R|deurwaarder aan de deur!! help",
 "-|Ik wil mijn telefoonnummer in mijn account wijzigen":"-|mn saldo checken",
 "-|Ik heb een nieuw telefoonnummer: 06-19283746":"-|nieuw nummer: 06-19283746, graag aanpassen",
 "-|Hoe lang is de opzegtermijn van mijn contract?":"-|opzegtermijn?",
 "-|Kan ik de premie per jaar betalen":"-|premie jaarlijks betalen kan dat",
 "-|Ik wil mijn inboedelverzekering uitbreiden met glasdekking.":"-|glasdekking erbij op de inboedel pls",
 "-|goeiemorgen, waar vind ik mijn jaaropgave":"-|jaaropgave 2025 waar",
 "-|Wat is het maximale bedrag dat ik per dag kan overmaken?":"-|daglimiet overmaken?",
 "-|ff checken, staat mijn verhuizing naar Tilburg":"-|ff checken of mijn verhuizing naar Tilburg goed staat, thanks!",
 "-|heb je een kortingscode voor me":"-|broer heb je een kortingscode",
})
edit('src_en.txt',{
 "H|I would like to speak with a colleague of yours who handles international transfers.":"H|I would like to speak to a customer service rap please",
 "C|I'm really disappointed with how long it takes":"C|so slow to reply, really disappointed",
 "C|I was promised a discount for the first year":"C|where's the discount you promised me? not on the invoice",
 "R|How do I report a burglary?":"R|burglary last night. laptop + bike gone",
 "R|Our shop went bankrupt in May":"R|hoi, is it possible to pay the eindafrekening in termijnen? money's really tight rn",
 "-|Everything's fine with the service, I just need a copy":"-|all good, just need a copy of my contract",
 "-|Can I add my partner to the contract?":"-|can my roommate take over the internet contract when I move out?",
 "-|Hi! Is it possible to change the delivery address after ordering?":"-|change delivery address after ordering?",
 "-|Which documents do I need to bring to register at the town hall?":"-|docs needed for registering at the gemeente?",
 "-|Can I get my invoices in English instead of Dutch?":"-|what does 'vastrecht' mean on my bill?",
})
edit('src_de.txt',{
 "H|Ich möchte bitte mit einem Mitarbeiter sprechen.":"H|ich möchte gerne mit einer Mitarbeiterin sprechen Punkt",
 "C|Mir wurde am Telefon eine Gutschrift zugesagt":"C|Gutschrift war zugesagt. Kam nie.",
 "-|Können Sie mir sagen, welche Dokumente ich für die Anmeldung":"-|Öffnungszeiten Bürgerbüro?",
 "-|Ist die Mindestlaufzeit bei dem Tarif 12 oder 24 Monate?":"-|Mindestlaufzeit 12 oder 24 Monate?",
 "-|Ich habe gestern ein neues Handy bestellt":"-|handy gestern bestellt, wann kommts",
 "-|Kann ich die Rechnung auf Deutsch bekommen?":"-|hoi! äh sorry, mein Niederländisch ist schlecht 😅 wo finde ich die Zählernummer?",
})
edit('src_fr.txt',{
 "H|je voudrais parler à un conseiller svp":"H|je voudrais parler à un conseil hier",
 "H|passez moi un collègue qui parle français svp":"H|allo ik wil een medewerker, en français si possible 🙏",
 "C|Ma commande est arrivée cassée":"C|colis arrivé cassé. très déçu",
 "R|On nous a volé la voiture devant la maison":"R|voiture volée cette nuit, c couvert ?",
 "-|Quel est le délai de préavis pour résilier":"-|préavis résiliation c combien ?",
 "-|C'est quoi la différence entre le tarif fixe":"-|fixe ou variable, lequel est le mieux ?",
 "-|Comment je fais pour recevoir mes factures par mail":"-|factures par mail svp au lieu du papier",
 "-|Est-ce que je peux ajouter ma femme sur le contrat ?":"-|mon code PIN c'est 4 chiffres ou 6 ?",
 "-|La kiné est remboursée par l'assurance de base ?":"-|les lunettes c'est remboursé avec la complémentaire ?",
})
