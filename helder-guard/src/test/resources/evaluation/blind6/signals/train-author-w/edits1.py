# one-off edits to reduce cross-language parallels (kept for traceability)
# NOTE: already applied once; do not re-run.
import collections
def edit(fn, repl, drop=()):
    L=open(fn,encoding='utf-8').read().splitlines()
    out=[]
    for l in L:
        if any(d in l for d in drop): continue
        for k,v in repl.items():
            if k in l:
                l=v
        out.append(l)
    open(fn,'w',encoding='utf-8').write("\n".join(out)+"\n")
    print(fn,len(out),collections.Counter(x.split('|')[0] for x in out))

edit('src_nl.txt',{
 "HR|mijn moeder is overleden en ik wil dit":"HR|mijn schoonvader is overleden, ik regel de opzeggingen liever met iemand persoonlijk dan via een chat",
 "F|welke vraag. ik heb je nu al TWEE keer":"F|welke vraag?? ik stelde er maar één en die heb je gewoon genegeerd",
})
edit('src_de.txt',{
 "Kann ich die Hausratversicherung um Fahrraddiebstahl":"-|Ist mein E-Bike über die Hausratversicherung mitversichert, wenn es abgeschlossen vor dem Bahnhof steht?",
 "Der Regen heute ist furchtbar":"-|Gibt es im Intercity nach Amsterdam WLAN in der 2. Klasse?",
 "R|Bei uns wurde eingebrochen.":"R|Heute Nacht haben Unbekannte unser Gartenhaus aufgebrochen, Rasenmäher und Werkzeug sind weg. Die Polizei war schon da, was brauchen Sie von mir?",
 "R|Uns wurde angekündigt, dass das Wasser":"R|Wir haben eine Sperrandrohung für Gas bekommen. Meine Tochter ist zwei und es ist Januar.",
 "HR|Ich möchte gern mit jemandem aus der Personalabteilung":"HR|Könnte mich bitte jemand vom Recruiting zurückrufen? Es geht um mein Vorstellungsgespräch für die Ausbildung am Donnerstag, ich muss den Termin verschieben.",
 "F|Scheiß Bot":"F|Scheißding, funktioniert eh nie",
})
edit('src_en.txt',{
 "Do you have any vacancies in Rotterdam?":"-|Are you guys hiring at the moment? Just curious, I like what you do.",
 "Is a BSN required to open an account":"-|Do I need a DigiD for this or can I just log in with my BSN?",
 "How do I opt out of marketing calls?":"-|Please only contact me by email from now on, I'm hard of hearing.",
 "R|I lost my job and can't pay":"R|Our shop went bankrupt in May and since then I've fallen behind on the premiums. What happens to my cover?",
 "HR|Can I speak to somebody from HR":"HR|Is there a recruiter I could call about the traineeship? I applied last week but have questions about the start date.",
 "HR|My husband passed away last month":"HR|I'm the executor of my late uncle's estate. Can someone from your bereavement team ring me? I'd rather not do this by chat.",
})
edit('src_fr.txt',{
 "Combien coûte une assurance voyage":"-|Mon assurance voyage couvre aussi mes parents qui viennent de Casablanca pour un mois ?",
 "ces prix me tuent mdr":"-|votre nouvelle box c'est une tuerie 🔥 elle est dispo quand à Maastricht ?",
 "On déménage en mai, est-ce que":"-|Résiliation du gaz pour l'ancien logement : ça se fait tout seul quand le nouveau locataire s'inscrit ?",
 "La carte OV-chipkaart marche aussi":"-|Je peux payer le bus avec ma carte bancaire sans contact ?",
 "Le livreur peut-il m'appeler avant":"-|Le technicien qui vient pour le compteur, il prévient par SMS ou par appel ?",
 "aucune plainte hein":"-|Tout se passe bien avec vous, rien à redire. Juste : comment j'ajoute un deuxième point de livraison ?",
 "Le problème de compteur a été réglé hier":"-|Merci à Karim qui est passé ce matin, tout remarche nickel 👍",
 "Mes voisins font du bruit tous les soirs":"-|Mon ancien opérateur m'a fait payer 90 € de frais de résiliation, quelle arnaque. Chez vous il y a des frais si un jour je pars ?",
 "Je suis administrateur de biens de M. Dubois":"R|Bonjour, j'accompagne M. Dubois pour le service social de sa commune. Il a des impayés chez vous : merci de suspendre les frais de relance le temps qu'on établisse un plan.",
 "je ne peux pas payer ma facture ce mois-ci":"R|facture de 380 balles, impossible pour moi là. un délai c possible ?",
 "Mon mari est décédé la semaine dernière":"R|Suite au décès de mon époux, je souhaiterais que le compte joint passe à mon seul nom. Quels documents faut-il fournir ?",
 "Il y a eu un incendie dans notre cave":"R|la friteuse a pris feu hier soir, la cuisine est noire de suie. l'assurance prend en charge ?",
 "F|pfff":"F|rhooo",
 "F|sérieux ??":"F|c'est une blague ??",
 "je préfère parler à une vraie personne":"H|ce serait possible d'échanger avec une vraie personne ? c'est un peu compliqué mon histoire",
}, drop=("si ça continue je résilie",))
