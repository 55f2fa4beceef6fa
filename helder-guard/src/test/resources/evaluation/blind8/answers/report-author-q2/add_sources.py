import re
S={
('nl_a',5):"Bij een internetstoring plant een monteur binnen 3 werkdagen een bezoek in. U ontvangt het storingsnummer per sms.",
('nl_a',21):"Je ontvangt een track & trace-code zodra je pakket is verzonden. Bezorging vindt meestal de volgende werkdag plaats.",
('nl_a',24):"Extra ruimbagage kan tot 24 uur voor vertrek worden toegevoegd. Handbagage tot 8 kg is bij elk ticket inbegrepen.",
('nl_a',33):"Bij een langdurige onderbreking van de drinkwatervoorziening richten wij een tappunt in de wijk in.",
('nl_b',3):"Ticketprijzen zijn afhankelijk van vraag en beschikbaarheid.",
('nl_b',12):"De reparatieservice is een optionele dienst voor €4,99 per maand. Op alle wasmachines geldt 2 jaar fabrieksgarantie.",
('nl_b',21):"De Basic-printer is geschikt voor thuisgebruik tot 100 pagina's per maand. Het Pro-model is bedoeld voor intensief gebruik.",
('nl_b',32):"Wij bieden zonnepanelen aan, met een vrijblijvend adviesgesprek aan huis.",
('nl_c',6):"Het termijnbedrag wordt aangepast op basis van uw verwachte jaarverbruik.",
('nl_c',9):"Aanvragen voor een vergoeding voor leerlingenvervoer worden binnen 8 weken beoordeeld.",
('nl_c',14):"Wordt je bestelling meer dan 5 werkdagen later bezorgd dan beloofd, dan kunnen de bezorgkosten worden terugbetaald.",
('nl_c',16):"Bij een storing komt een monteur binnen 2 werkdagen langs, in het tijdvak 08.00–12.00 of 12.00–17.00 uur.",
('nl_c',21):"Dit artikel is online uitverkocht. De beschikbaarheid in de winkels kunt u nagaan via de filiaalzoeker.",
('nl_c',23):"Klachten over de bezorging sturen wij door naar de vervoerder, die binnen 5 werkdagen reageert.",
('nl_c',27):"Lekkages worden als spoedreparatie behandeld en binnen 24 uur opgepakt.",
('nl_c',29):"Een verhuizing geeft u door via Mijn Gegevens. De wijziging gaat in op de datum die u opgeeft.",
('nl_c',38):"Personenalarmering kost €24,95 per maand en is maandelijks opzegbaar.",
('en_a',8):"Expected restock dates are estimates and may change.",
('en_a',16):"If your order arrives damaged or incomplete, we will resend it free of charge.",
('en_a',20):"Meter replacement appointments are scheduled in a 4-hour window. Someone aged 18 or over must be present.",
('en_a',23):"Invoices are sent by e-mail. Paper invoices can be requested free of charge.",
('en_a',39):"You can cancel your subscription in My Account > Subscription > Cancel.",
('en_a',44):"Savings rates are variable and may change at any time.",
('en_b',3):"Submit your meter readings via the app or in My Account.",
('en_b',11):"Your policy number is shown on the first page of your welcome letter and in the app.",
('en_b',13):"A late payment fee may be waived once per year at the discretion of customer service.",
('en_b',15):"Mortgage documents can be uploaded in My Mortgage and are reviewed within 5 working days.",
('en_b',17):"Real-time bus positions can be viewed in the journey planner app.",
('de_a',18):"Bei einer Versorgungsunterbrechung von mehr als 4 Stunden richten wir eine Wasserausgabestelle ein.",
('de_a',33):"Die Zusatzversicherung Premium kann jederzeit zum Monatsersten abgeschlossen werden. Eine Gesundheitsprüfung ist nicht erforderlich.",
('de_b',0):"Adressänderungen können online oder über den Chat mitgeteilt werden.",
('de_b',4):"Schäden an Haustüren werden innerhalb von 5 Werktagen von einem Techniker begutachtet.",
('de_b',12):"Reklamationen innerhalb der Garantiezeit leiten wir an den Hersteller weiter.",
('fr_a',14):"Les places véhicules sur le ferry doivent être réservées. Les piétons embarquent sans réservation.",
('fr_a',19):"La livraison standard est gratuite. La livraison premium (4,99 €) est proposée en option.",
('fr_a',31):"Les clients peuvent conserver leur ancien tarif ou passer au nouveau tarif à tout moment.",
('fr_b',6):"Votre numéro de client figure en haut de chaque facture.",
('fr_b',11):"Les demandes d'aide au logement sont traitées dans un délai de 8 semaines.",
}
import importlib,sys; sys.path.insert(0,'.')
for m in sorted(set(k[0] for k in S)):
    mod=importlib.import_module(m)
    src=open(m+'.py').read()
    for (mm,i),new in S.items():
        if mm!=m: continue
        lab,a,s=mod.items[i]; assert s=='-',(m,i)
        old='('+{'CLEAN':'C','MANIPULATIVE':'M','CLAIMS_HUMAN':'H','CLAIMS_HUMAN,MANIPULATIVE':'B'}[lab]+','+repr(a)
        # locate via answer string literal in double quotes
        lit='"'+a+'","-"),'
        assert src.count(lit)==1,(m,i)
        src=src.replace(lit,'"'+a+'",'+'"'+new.replace('"','\\"')+'"),')
    open(m+'.py','w').write(src)
