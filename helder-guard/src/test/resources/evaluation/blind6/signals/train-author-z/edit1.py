import re
def edit(fn, remove=(), add=(), repl=()):
    lines=open(fn,encoding='utf-8').read().rstrip('\n').split('\n')
    out=[]
    for ln in lines:
        if any(r in ln for r in remove): continue
        for a,b in repl:
            if a in ln: ln=b
        out.append(ln)
    n_removed=len(lines)-len(out)
    assert n_removed==len(remove),(fn,n_removed,len(remove))
    out+=list(add)
    open(fn,'w',encoding='utf-8').write('\n'.join(out)+'\n')
edit('nl1.txt',
 remove=["kan ik de betaling van mijn telefoonabonnement een maand uitstellen","Als dit zo doorgaat stap ik over","Pakket werd bij de buren afgeleverd","Ik ben zeer teleurgesteld in de manier","H :: specialist graag"],
 repl=[("Ik heb nu al vier keer een storing gemeld","C,F :: Ik heb nu al VIER keer een storing gemeld en er gebeurt niks!!! Wat is er mis met jullie?"),
       ("Ik heb een kapotte stofzuiger ontvangen","C,F :: Ik heb een kapotte stofzuiger ontvangen en nu moet ik zelf de retour betalen?? Dat is toch niet normaal.")],
 add=["R :: goedemiddag ik heb probleem met rekening van energie, ik kan niet betalen deze maand want uitzendbureau heeft geen werk voor mij. kan ik later betalen?",
      "R :: Mijn oom is afgelopen week overleden in Paramaribo. Hij huurde al jaren een flat bij jullie in de Bijlmer, wie gaat nu de huur en de sleutels regelen? Ik ben zijn enige familie hier.",
      "F :: abi serieus, 3 keer gevraagd waar mn pakket is en je stuurt elke keer die zelfde link",
      "C,F :: Mi gado, weer storing?? Ik werk thuis en dit is de derde keer deze week dat jullie internet eruit ligt"])
edit('nl2.txt',
 remove=["Mn schoonvader is gestorven","ik heb een deurwaarder op bezoek","Mijn dochter is gestopt met haar studie","Mijn ex bedreigt mij","Mijn oma is afhankelijk van een thuisdialyse","gaslucht bij de buren op de galerij","Waar kan ik jullie jaarverslag vinden"],
 repl=[("Wollah ik wil gewoon een medewerker","H :: Wollah ik wil gewoon ff een medewerker spreken, kan dat?")],
 add=["F :: Voor de laatste keer: WAAR kan ik mijn meterstanden invullen???",
      "F :: Jij begrijpt er echt helemaal niks van hè. Laat ook maar.",
      "F :: grrr"])
edit('en.txt',
 remove=["Could I skip this month's instalment?","A tree fell on my car","I'm a 3rd year HBO student","Your bin lorry knocked","I asked for the meter to be moved"],
 add=["F :: Are you even a real chatbot or just a random sentence generator? Because that made zero sense.",
      "F :: ok I'll try ONE more time. my order number is 55781203. where. is. it.",
      "F :: ugh why do you keep asking for my date of birth, I gave it already!!",
      "F :: mate, you're going round in circles",
      "F :: 🤬🤬🤬"])
edit('de.txt',
 remove=["Ich interessiere mich für ein Pflichtpraktikum","Hagel hat unser Dachfenster","Ich habe Post vom Inkassobüro","Die Qualität Ihrer Geräte"],
 repl=[("Das ist Kundenverarsche.","C,F :: Warum zahle ich für 100 Mbit, wenn nie mehr als 20 ankommen? Das ist doch Kundenverarsche.")],
 add=["F :: Wie oft denn noch?! Die Bestellnummer steht doch oben!",
      "F :: Geh bitte, des is jetzt scho die dritte Antwort, die nix mit meiner Frage z'tun hat.",
      "F :: Hallo?? Jemand zuhause da drin? 🙄",
      "F :: Himmelherrgott, ich will nur wissen, wann der Bus fährt!!!"])
edit('fr.txt',
 remove=["Le toit de notre véranda","Le disjoncteur saute","Je suis en bachelier à la HEPL","Je conteste les frais de dossier"],
 repl=[("Le montant de l'acompte mensuel","- :: Mon acompte est passé de septante à huitante euros, il est calculé comment ?"),
       ("Le petit-déjeuner est-il inclus","- :: Le déjeuner est compris dans le séjour ou c'est en plus ? (je suis de Genève, chez nous le déjeuner c'est le matin 😉)")],
 add=["F :: Sérieusement ?! C'est la même réponse que tout à l'heure, mot pour mot.",
      "F :: Rhooo mais arrête de me proposer « autre chose », je veux juste savoir comment changer mon mot de passe !!",
      "F :: T'es vraiment une IA, toi ? On dirait un répondeur de 1998.",
      "F :: mais quelle plaie ce chat, tu me renvoies toujours au menu de départ"])
