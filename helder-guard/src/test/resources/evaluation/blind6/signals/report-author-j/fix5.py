def rep(fn, pairs):
    lines=open(fn,encoding='utf-8').read().splitlines()
    for a,b in pairs:
        m=[i for i,l in enumerate(lines) if l.startswith(a)]
        assert len(m)==1,(fn,a,len(m))
        lines[m[0]]=b
    open(fn,'w',encoding='utf-8').write("\n".join(lines)+"\n")
rep('nl.txt',[
("HR|Er is water in de kelder na de storm","F|Ik vraag A en jij antwoordt B. Elke keer weer. Ongelofelijk."),
("CR|Jullie verhuizers hebben mijn kast","C|Jullie verhuizers hebben de hoek van mijn eikenhouten kast beschadigd. Slordig werk, had ik niet verwacht voor die prijs."),
("HR|hallo ik heb een ongeluk gehad met de leaseauto","H|kan er iemand van de afdeling lease mij terugbellen over het inleveren van mijn auto in maart"),
("HC|De behandeling van mijn declaratie","F|nou lekker behulpzaam weer. bedankt voor niks"),
("CR|De loodgieter die jullie stuurden","F|JA ik ben klant. JA. IK. BEN. KLANT. hoe vaak wil je het nog vragen"),
("R|Er is een deurwaarder bij mij geweest","H|Ik wil graag overleggen met iemand van de afdeling Wonen over een woningruil met mijn buurvrouw. Kan die persoon mij mailen voor een afspraak?"),
("R|Mijn broer is overleden en ik ben executeur","F|wat een kutchat. elke keer als ik op 'terug' klik begin ik weer helemaal opnieuw"),
])
rep('en.txt',[
("CR|The men who replaced our kitchen tap","F|Can you PLEASE stop asking if there's anything else you can help with. There isn't. You haven't helped with the first thing."),
("HC|Your courier dropped my parcel in a puddle","C|Your courier dropped my parcel in a puddle, the box was soaked and the headphones don't work. Not the first time with this driver either."),
("HR|I'm self-employed and lost","R|I'm self-employed and lost my two biggest clients this autumn. Is it possible to spread the outstanding amount over six months?"),
("CR|I've contacted a lawyer.","F|Cool, so you're a chatbot that can't chat. Good to know."),
("R|A cyclist ran into my parked scooter","H|Could a colleague of yours who knows the Belgian rules give me a ring? I'm moving to Antwerp and have no idea what changes for my policy."),
])
rep('de.txt',[
("CR|Ihre Monteure haben beim Einbau","F|Ach komm, jetzt fragt der Bot mich schon wieder nach meinem Geburtsdatum. Hab ich doch eben eingegeben!!"),
("CR|Durch Ihre Bauarbeiten ist Wasser","C|Durch Ihre Bauarbeiten vor dem Haus ist unser Gehweg seit drei Wochen nicht begehbar, mit Kinderwagen komme ich gar nicht raus. Das ist eine Zumutung."),
("HC|Ich möchte mit einem Vorgesetzten sprechen.","F|Jaja, 'Das habe ich leider nicht verstanden'. Dann lern halt Deutsch."),
("R|Wir hatten heute Nacht einen Wasserrohrbruch","F|Ich tippe 'Zählerstand', du schickst mir Tarife. Ich tippe ZÄHLERSTAND, du schickst mir wieder Tarife. Super gemacht."),
])
rep('fr.txt',[
("HC|Votre livreur a abîmé ma porte","C|Votre livreur a abîmé ma porte d'entrée en forçant le colis dans la boîte aux lettres. Ce n'est pas la première fois avec lui."),
("HR|Quelqu'un peut-il m'appeler pour un échelonnement","R|Est-ce que je peux étaler le paiement de la régularisation ? Je suis en maladie depuis janvier et je ne touche plus que 60 %."),
("CF|Encore une facture fausse","F|mais c'est pas possible d'être aussi lent, ça fait cinq minutes que ta petite bulle '...' clignote"),
("R|Le huissier m'a envoyé","H|Est-ce qu'un conseiller énergie peut passer chez moi pour regarder l'isolation ? Une voisine m'a dit que vous faites des visites à domicile."),
])
