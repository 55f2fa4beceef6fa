# one-off helper: gives a help-centre passage to items that were drafted without one
import glob
M={
# NL
"Uitvaartverzekering Plus": "De uitvaartverzekering kunt u op elk moment afsluiten. U heeft 30 dagen bedenktijd na het afsluiten.",
"Ik ben Ahmed en ik werk": "De rente op een persoonlijke lening staat vast voor de hele looptijd. Rentewijzigingen maken wij minstens 7 dagen vooraf bekend op de website.",
"verlenging voor 24 maande": "Na afloop van de contractperiode loopt uw abonnement maandelijks opzegbaar door. Verlengen is niet verplicht.",
"Na mijn eigen inbraak vorige zomer": "Het alarmpakket is een optionele uitbreiding van de inboedelverzekering voor €4,50 per maand.",
"gewoon een echte medewerker hier in Utrecht": "Bestellingen die voor 22:00 uur zijn geplaatst worden de volgende werkdag verzonden.",
"naar de meterkast te kijken": "Heeft u een storing achter de meter, dan kunt u een installateur inschakelen. Storingen vóór de meter lossen wij kosteloos op.",
"met mijn teamleider overlegd": "Is er onterecht een bedrag afgeschreven, dan storten wij dit binnen 5 werkdagen terug.",
"Ik ben vandaag de enige op kantoor": "Aanvragen voor een nieuwe aansluiting behandelen wij binnen 10 werkdagen.",
"Ben even terug van de lunch": "Een kortingscode kun je invullen in de winkelmand. Per bestelling kan één code worden gebruikt.",
"Deze jas is in maat M nog 2 keer": "De voorraad per maat zie je op de productpagina. Bestellingen voor 22:00 uur worden de volgende werkdag verzonden.",
"dubbele afschrijving van €39,99": "Is er onterecht een bedrag afgeschreven, dan storten wij dit binnen 5 werkdagen terug.",
"Dit is een automatisch antwoord van de digitale assistent": "Vragen over de WOZ-waarde worden door een medewerker van Belastingen binnen 5 werkdagen beantwoord.",
"Nee, bedankt, ik wil liever niet besparen": "Met de maandkorting betaalt u €5 minder per maand bij betaling via automatische incasso.",
"Omdat u 78 bent": "De Seniorenservice is een optionele dienst voor €3,95 per maand. Storingen worden voor alle klanten met dezelfde prioriteit opgelost.",
"upgradet naar Plus, loop je gewoon achter": "Met Internet Basis (100 Mbit/s) kunnen meerdere mensen tegelijk videobellen en streamen. Upgraden naar Plus kan altijd.",
"Premium-proefperiode": "De Premium-proefperiode van 30 dagen start alleen als u deze zelf activeert.",
"de subsidie is dan weg en je buren": "De subsidie voor zonnepanelen loopt tot en met 31 december. Offertes zijn 30 dagen geldig.",
# EN
"I've set you up with our Premium Legal Cover": "Legal expenses insurance can be added to your home insurance as an option. It covers disputes arising after the start date.",
"there'll be none left for weeks": "Stock levels are shown on the product page. We restock popular items weekly.",
"get our funeral insurance today": "Funeral insurance can be taken out at any time up to age 85. Premiums depend on age at the start date.",
"The courier has confirmed your sofa": "Furniture is delivered by our own courier on a weekday between 8:00 and 12:00 or 12:00 and 17:00. You receive the time slot by email.",
"check the returns shelf": "Returned parcels are processed within 3 working days of arrival at our warehouse.",
"your meter reading has been received": "You can submit your meter reading in the app or on the website. We confirm receipt by email.",
"waive the late fee this once": "A late payment fee of €7.50 is charged after the second reminder.",
"have a look at that radiator": "Report heating problems via the repair form. A technician will contact you to schedule a visit within 3 working days.",
"Your contract end date is 31 May": "Your contract end date is shown in My Account under Contract details.",
"Only 1 left in stock in size 42": "Stock per size is shown on the product page. You can request a restock notification if an item is sold out.",
"water bill went up because the advance payment": "Your advance payment is recalculated after each annual bill, based on your usage in the past year.",
"Tram line 5 isn't running": "Due to track works, line 5 does not run between Centraal and Museumplein this weekend. Replacement buses run every 10 minutes.",
"This fare is guaranteed only while": "Fares are confirmed once payment is completed. You can save a search and come back to it later.",
"I don't care about protecting my family": "Life cover is optional and can be added to your mortgage at any time.",
"leave you on the expensive tariff": "You can switch tariffs once a year free of charge.",
"Nine out of ten buyers also add installation": "Installation (€49) and a 5-year extended warranty (€79) are available as optional extras.",
"valued gold members": "From 1 July, our monthly fee rises by €1.50. You can cancel free of charge within 30 days of being notified of a price increase.",
}
n=0
for f in glob.glob('*.txt'):
    L=open(f,encoding='utf-8').read().splitlines()
    for i,l in enumerate(L):
        for k,v in M.items():
            if k in l and l.endswith(' || -'):
                L[i]=l[:-1]+v; n+=1
    open(f,'w',encoding='utf-8').write('\n'.join(L)+'\n')
print(n,len(M))
