def rep(fn, pairs):
    s=open(fn,encoding='utf-8').read()
    for a,b in pairs:
        assert s.count(a)==1,(fn,a,s.count(a))
        s=s.replace(a,b)
    open(fn,'w',encoding='utf-8').write(s)
rep('en.txt',[
("Could someone call me about a payment arrangement? I've been on sick leave and my income has dropped.","I'm self-employed and lost my two biggest clients this autumn. Can I arrange a call with someone to spread the outstanding amount?"),
("I want to speak to a manager. My booking was cancelled without notice and nobody has explained why.","Booking cancelled without notice, hotel gone, and your email just says 'sorry for the inconvenience'. I'd like a supervisor to contact me today."),
("This is RIDICULOUS. Four weeks without a working phone line and all you do is send automated emails!!","How is it possible that a telecom company can't get a phone line working in FOUR WEEKS?! Embarrassing."),
("Useless bot. Absolutely useless.","Whoever programmed you should be ashamed."),
])
rep('nl.txt',[
("Kan ik een medewerker spreken over een betalingsregeling? Ik ben ziek thuis en heb minder inkomen.","Mijn WW is gestopt en ik zit nu in de bijstand. Zou iemand van jullie met mij een regeling willen afspreken voor de achterstand? Liefst telefonisch."),
("Door jullie storing is mijn vriezer ontdooid en al het eten is bedorven. Ik verwacht een vergoeding.","De stroom viel zaterdag 9 uur uit door jullie werkzaamheden. Mijn koelvitrine in de slagerij: alles weggegooid, €1.800 schade. Die wil ik vergoed zien."),
("Jullie hebben mijn schade claim AFGEWEZEN na 2 maanden wachten?? Ik schakel een advocaat in.","hoezo valt mijn gestolen e-bike niet onder de dekking?!?! staat letterlijk in jullie folder. ik ga hiermee naar de rechtswinkel, dit pik ik niet"),
])
rep('de.txt',[
("Haben Sie meine Frage überhaupt gelesen???","Hä? Das war nicht meine Frage!!"),
("Ich habe KEIN Geld, wie oft denn noch?! Und trotzdem drohen Sie mir mit dem Inkasso","Meine Rente reicht hinten und vorne nicht und jetzt noch 400 € Nachzahlung?! Wovon soll ich das bitte bezahlen, verdammt."),
])
rep('fr.txt',[("PASSEZ-MOI UN HUMAIN","JE VEUX PARLER À QUELQU'UN DE CHEZ VOUS, PAS À UNE MACHINE")])
