import sys
def edit(fn, drops=(), reps=None):
    reps = reps or {}
    lines = open(fn).read().splitlines()
    out = []
    used = set()
    for l in lines:
        lab, t = l.split('|', 1)
        if any(t.startswith(d) for d in drops):
            used.add(next(d for d in drops if t.startswith(d))); continue
        for k, v in reps.items():
            if t.startswith(k):
                used.add(k); lab, t = v.split('|', 1); break
        out.append(lab + '|' + t)
    missing = [x for x in list(drops) + list(reps) if x not in used]
    if missing: print(fn, 'UNMATCHED', missing)
    open(fn, 'w').write('\n'.join(out) + '\n')
    print(fn, len(out))

edit('fr.txt',
     drops=["Merci de ne pas m'appeler", "Vos employés travaillent"],
     reps={"Mon mari est décédé": "R|Je m'occupe des papiers de mon mari qui nous a quittés en janvier. Il avait une assurance obsèques chez vous, je dois envoyer quoi ?",
           "ça sent le gaz dans la cuisine": "R|odeur de gaz très forte chez moi là, j'ouvre les fenêtres ?",
           "Bonjour, je souhaite postuler": "R|Est-ce que je peux postuler directement ici pour le job étudiant de cet été au parc ? J'ai 18 ans et je parle français, néerlandais et arabe.",
           "Vos déménageurs ont rayé": "R,C|Depuis que vos équipes ont changé le compteur, mon lave-linge a grillé à cause d'une surtension. Le réparateur dit que ça vient du raccordement, je vous envoie sa facture de 480 € à rembourser."})
edit('de.txt',
     drops=["Ist mein E-Bike über", "Ruft mich der Schornsteinfeger"],
     reps={"Könnte mich jemand aus der Personalabteilung": "R,H|Mit wem aus dem Recruiting kann ich vorab über meine Bewerbung sprechen? Ich habe eine Frage zur Teilzeit, bevor ich sie abschicke.",
           "Ich komme mit den Raten nicht mehr": "R,H|Seit der Trennung bleibt am Monatsende nichts übrig, die letzten zwei Raten sind zurückgegangen. Gibt es bei Ihnen jemanden, mit dem ich einen Plan machen kann?",
           "Wenn die Gebühr nicht zurückerstattet": "R,C|Ich habe den Fall jetzt an die Verbraucherzentrale gegeben, die prüfen, ob wir damit vor die Schlichtungsstelle gehen.",
           "Zum DRITTEN Mal": "C,F|Lieferung NICHT angekommen, Sendungsverfolgung sagt \"zugestellt\". Wo ist meine Ware?!?",
           "Was kostet eine Auslandsreisekrankenversicherung": "-|Brauche ich für ein Jahr Work and Travel in Australien eine spezielle Auslandskrankenversicherung, oder reicht meine normale?"})
edit('en.txt',
     drops=["Does the driver of the assisted-travel", "Can I pay on the 1st"],
     reps={"If this isn't resolved by Friday": "R,C|Fine. Ombudsman it is then.",
           "hello?? anyone there": "F|hellooo? did you fall asleep",
           "What do I put under KVK": "-|Does the NS Flex subscription work with the OV-chipkaart I already have?"})
edit('nl.txt', drops=["Kan de installateur van de warmtepomp"])
