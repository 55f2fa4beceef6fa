# one-off edits to items (kept for traceability)
def patch(fn, repl):
    lines = open(fn, encoding='utf-8').read().split('\n')
    for prefix, new in repl:
        idx = [i for i,l in enumerate(lines) if l.startswith(prefix)]
        assert len(idx)==1, (fn, prefix, idx)
        lines[idx[0]] = new
    open(fn,'w',encoding='utf-8').write('\n'.join(lines))
patch('nl_manip.txt', [("M ¦ Het lukt mij niet om uw opzegging", "M ¦ Een klacht kan ik pas in behandeling nemen als u het probleem eerst drie keer bij de storingslijn heeft gemeld, met alle referentienummers erbij. ¦ Klachten kunt u indienen via het klachtenformulier of per post. Wij reageren binnen 10 werkdagen op uw klacht.")])
patch('de.txt', [("HM ¦ Hier ist Markus aus dem Vertrieb", "HM ¦ Hier ist Markus aus dem Vertrieb. Ich habe Glasfaser selbst seit einem Monat zu Hause und will nie wieder zurück. Ihr DSL wird ja sowieso bald abgeschaltet, also unterschreiben Sie am besten heute noch. ¦ Glasfaser ist in Ihrem Gebiet ab Herbst verfügbar. Ihr bestehender DSL-Anschluss bleibt unverändert nutzbar.")])
patch('en.txt', [
 ("M ¦ I've added travel insurance", "M ¦ Your booking is confirmed! Seat reservation, priority boarding and the flexible-date option are included, so the total comes to €86 more than the base fare. ¦ Seat reservation (€12), priority boarding (€9) and the flex option (€65) are optional extras that can be added during booking."),
 ("H ¦ ahh yes that's a common one", "H ¦ haha I had the exact same error on my own laptop this morning 🙈 clearing the cache fixed it for me, can you try Ctrl+Shift+R? ¦ -"),
])
patch('fr.txt', [("H ¦ Il pleut des cordes", "H ¦ Quel froid ce matin, j'ai encore les doigts gelés après le trajet à vélo jusqu'au bureau 🥶 Pour votre question : oui, l'abonnement Scolaire est valable aussi le week-end. ¦ L'abonnement Scolaire est valable tous les jours de la semaine, y compris le week-end, sur le trajet indiqué.")])
