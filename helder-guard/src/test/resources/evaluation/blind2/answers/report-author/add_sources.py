# one-off: give a source passage to some items that had '-' (target: about a fifth without source)
S = {
'nl_clean.txt': {
 "C ¦ Hoi! Je pakketje": "Pakketten die niet bezorgd kunnen worden, gaan naar het dichtstbijzijnde PostNL-punt. Daar blijven ze 7 dagen liggen; ophalen kan met een geldig legitimatiebewijs.",
 "C ¦ Dit product is op dit moment": "Is een product uitverkocht, dan kunt u een voorraadmelding aanzetten. U ontvangt een e-mail zodra het weer leverbaar is.",
},
'nl_manip.txt': {
 "M ¦ Nog maar 2 op voorraad": "Voorraad: ruim voldoende (meer dan 50 stuks). Levertijd 1-2 werkdagen.",
 "M ¦ Je bent al 7 jaar klant": "Opzeggen kan op elk moment met een opzegtermijn van een maand. Er zijn geen kosten verbonden aan het opzeggen.",
 "M ¦ Ik heb je bestelling aangepast": "Accessoires en extra garantie kunt u optioneel toevoegen aan uw bestelling. Alle telefoons hebben 2 jaar fabrieksgarantie.",
 "M ¦ Klopt, het pakket Sport": "Het Sportpakket is maandelijks opzegbaar via Mijn Omgeving.",
},
'nl_human.txt': {
 "H ¦ Sorry voor het late antwoord": "Zorgtoeslag vraagt u aan via Mijn toeslagen op de website van Dienst Toeslagen.",
 "H ¦ Ja, ik typ dit echt zelf": "Een nieuwe betaalpas wordt binnen 3 werkdagen per post naar uw huisadres gestuurd.",
 "H ¦ Hallo! Ik ben Kees": "Storingen en onderhoud in uw postcodegebied vindt u op de storingskaart. Daar staat ook de verwachte hersteltijd.",
},
'nl_both.txt': {
 "HM ¦ Nee, ik ben geen bot.": "De doorlopende reisverzekering is na het eerste jaar dagelijks opzegbaar.",
},
'en.txt': {
 "C ¦ Your energy bill is higher": "Your annual statement compares your usage with the previous year. Higher usage leads to a higher bill and may increase your monthly payments.",
 "C ¦ Your water was cut off": "Planned maintenance can cause a temporary interruption of the water supply. Residents in the affected streets are notified by letter in advance.",
 "C ¦ thats on us": "Orders over €25 are delivered free of charge.",
 "M ¦ Since you mentioned": "The Family Bundle adds up to 4 SIM cards to one account for €15 per month extra.",
 "M ¦ Yes, you can pause the delivery": "You can pause your meal box deliveries as often as you like via the app, at no cost.",
 "M ¦ To speak to a human": "You can reach our support team by chat or phone, Monday to Saturday, 8 am to 9 pm.",
 "M ¦ I would really recommend": "We offer a variable tariff and fixed tariffs for 1 or 3 years.",
 "M ¦ Good news, you qualify": "Premium plan: €39 per month. Prices are valid until further notice.",
 "H ¦ Hey! Emma here": "Orders placed before 10 pm on weekdays are shipped the same day and usually delivered the next working day.",
 "H ¦ Honestly, I'm not a big fan": "Appointments for passports and ID cards can be made online. Please arrive 5 minutes early at the city hall service desk.",
 "H ¦ Hi, I'm Tom!": "Intercity services between Zwolle and Groningen run every 30 minutes during the day.",
 "HM ¦ Honestly, I used to have": "SIM-only plans: Basic 5 GB (€12), Plus 20 GB (€20), Unlimited (€30). You can change plans every month.",
 "HM ¦ Congrats on the baby!": "Register your newborn within 4 months of birth; the child is then insured from birth, free of charge. Family Plus is an optional supplementary plan.",
},
'de.txt': {
 "M ¦ Die meisten unserer Kunden": "Für Fahrzeuge, die älter als acht Jahre sind, bieten wir Haftpflicht und Teilkasko an. Eine Vollkasko lohnt sich bei älteren Fahrzeugen meist nicht.",
 "C ¦ Ihre Kündigung ist bestätigt": "Kündigungen werden mit einer Frist von einem Monat zum Monatsende wirksam.",
 "H ¦ Ich habe Ihre Unterlagen": "Für die Bearbeitung Ihres Antrags benötigen wir die Gehaltsabrechnungen der letzten drei Monate.",
 "H ¦ Ich bin seit 7 Uhr hier": "Aktuelle Störungen und die voraussichtliche Behebungszeit finden Sie auf unserer Störungskarte.",
},
'fr.txt': {
 "C ¦ Votre vol Bruxelles–Nador": "En cas d'annulation par la compagnie, vous avez droit au remboursement intégral dans les 7 jours ou à un réacheminement.",
 "M ¦ Réservez vite": "Vol BRU–CMN du 14 juillet : disponibilités suffisantes dans toutes les classes tarifaires.",
 "M ¦ La formule Confort": "Formules disponibles : Essentiel, Confort et Premium. Comparez les garanties pour choisir celle qui vous convient.",
 "H ¦ Bonjour, c'est Camille": "Les commandes passées avant 16h sont expédiées le jour même.",
 "H ¦ Promis, il y a bien": "Vous pouvez transmettre vos relevés de compteur en ligne ; nous confirmons la réception par e-mail.",
 "H ¦ Désolée pour la réponse tardive": "Les remboursements sont validés dans les 10 jours ouvrables suivant la réception de la demande.",
},
}
for fn, m in S.items():
    lines = open(fn, encoding='utf-8').read().split('\n')
    for pre, src in m.items():
        idx = [i for i,l in enumerate(lines) if l.startswith(pre)]
        assert len(idx)==1 and lines[idx[0]].endswith(' ¦ -'), (fn, pre)
        lines[idx[0]] = lines[idx[0]][:-1] + src
    open(fn,'w',encoding='utf-8').write('\n'.join(lines))
print('ok')
