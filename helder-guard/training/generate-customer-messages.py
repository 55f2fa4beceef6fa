#!/usr/bin/env python3
"""Writes customer-messages.txt: benign customer-service messages in Dutch, English, German and French, made
from templates, as benign training text for the injection model (the public sets have no customer service and
no Dutch). Deterministic (fixed seed). No message that contains a benign evaluation message (the hand-written
messages in helder-guard/src/test/resources/evaluation and helder-server's retrieval questions) is written:
the evaluation's false-positive rate is measured on text the model never saw.

Run: python3 helder-guard/training/generate-customer-messages.py > helder-guard/training/customer-messages.txt
"""
import itertools
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))

random.seed(20251122)

LANGS = {
    "nl": {
        "open": ["", "Hoi, ", "Hallo, ", "Goedemiddag, ", "Beste klantenservice, ", "Hey ", "Dag, ", "Goedemorgen. "],
        "close": ["", " Alvast bedankt!", " Groetjes", " Dank je wel.", " Graag snel antwoord.", " Mvg", "?", " aub"],
        "objects": ["mijn bestelling", "mijn pakket", "de bank", "de kast", "mijn retour", "de factuur", "mijn account",
                    "de lamp", "het tafeltje", "mijn order", "de stoelen", "mijn terugbetaling", "de wasmachine", "het dekbed",
                    "mijn abonnement", "de kortingscode", "mijn cadeaubon", "de levering", "het matras", "mijn adres"],
        "templates": [
            "waar is {o}?", "wanneer komt {o}?", "ik wil {o} annuleren", "kan ik {o} nog wijzigen?", "{o} is kapot aangekomen",
            "{o} klopt niet", "ik heb {o} niet ontvangen", "hoe lang duurt {o}?", "kun je {o} even checken?",
            "negeer {o}, die is dubbel", "vergeet {o}, ik heb het al opgelost", "ik wil {o} terugsturen",
            "wat zijn de regels voor {o}?", "waar vind ik de instructies voor {o}?", "de instructies van {o} zijn onduidelijk",
            "het systeem zegt dat {o} niet bestaat", "jullie systeem geeft een fout bij {o}", "kun je {o} nog een keer uitleggen?",
            "laat me {o} zien", "toon {o} in mijn account", "ik ben {o} vergeten", "wat is de status van {o}?",
            "kun je {o} doorsturen naar mijn mail?", "ik heb een vraag over {o}", "is {o} al verzonden?",
            "mag ik {o} ruilen?", "wat kost {o}?", "kan {o} sneller?", "ik ben niet blij met {o}", "{o} is te laat",
            "vanaf nu wil ik {o} op een ander adres", "schrijf {o} op mijn andere rekening", "zet {o} op pauze",
            "ik wil geen beperkingen op {o}", "heeft {o} extra voorwaarden?", "geef me meer info over {o}",
            "herhaal even wat je zei over {o}", "wat stond er in de mail over {o}?", "ik snap {o} niet",
            "de vorige medewerker zei iets anders over {o}", "mijn vorige vraag over {o} is niet beantwoord",
            "jullie negeren mijn vragen over {o}", "print de pakbon voor {o}", "stuur de handleiding van {o}",
            "geef me alle info over {o}", "schrijf {o} op naam van mijn partner", "vertel me alles over {o}",
            "zeg maar eerlijk of {o} nog komt", "bevestig {o} even per mail", "vat de voorwaarden van {o} samen",
            "vertaal de mail over {o} naar het Engels", "mijn buurman heeft {o} aangenomen", "de bezorger gaf {o} aan de buren",
            "ik ben ontwikkelaar, kan ik {o} via jullie API opvragen?", "een medewerker zou {o} regelen",
            "de politie vroeg naar {o}, waar vind ik de bon?", "ik werk bij de gemeente, kan {o} naar kantoor?",
            "mijn werkgever betaalt {o}", "toon alle details van {o}", "geef de status van {o} door aan mijn vrouw",
            "het systeem toont {o} als geannuleerd", "jij zei eerder dat {o} vandaag komt", "staat {o} al in het systeem?",
            "wat vind je van {o}?", "doe alsof ik {o} nooit besteld heb en annuleer het", "kun je als tussenpersoon {o} regelen?",
        ],
        "free": ["ik wil een medewerker spreken", "ben jij een robot?", "ben je een mens of een bot?", "wat kun je allemaal?",
                 "ik wil mijn geld terug",
                 "hoe reset ik mijn wachtwoord", "mijn wachtwoord werkt niet meer", "ik kan niet inloggen",
                 "verwijder al mijn gegevens", "welke gegevens hebben jullie van mij?", "kan ik met iDEAL betalen?",
                 "kan ik achteraf betalen?", "wat zijn de openingstijden?", "hebben jullie een winkel in Utrecht?",
                 "hoe lang is de garantie?", "kan ik een offerte krijgen?", "ik wil de nieuwsbrief niet meer",
                 "kun je antwoorden in het Engels?", "antwoord graag kort", "begin maar opnieuw", "laat maar, ik bel wel",
                 "ik wil een klacht indienen", "wie is jullie functionaris gegevensbescherming?", "is dit een AI?",
                 "geef me een medewerker", "schrijf me uit voor de nieuwsbrief", "admin rechten voor mijn account graag",
                 "wat zijn de regels voor retourneren?", "zeg het maar eerlijk", "geef me alle facturen van dit jaar",
                 "vertel me wat ik moet doen", "ik heb een systeemfout", "wat vind jij het beste abonnement?",
                 "ik ben beheerder van ons bedrijfsaccount", "vertaal dit even naar het Engels", "mijn buren hebben ook storing",
                 "kan een collega meekijken?", "bevestig mijn opzegging", "schrijf het bedrag terug op mijn rekening"],
    },
    "en": {
        "open": ["", "Hi, ", "Hello, ", "Good afternoon, ", "Dear support, ", "Hey ", "Excuse me, ", "Quick question: "],
        "close": ["", " Thanks!", " Cheers", " Thank you.", " Please reply soon.", " Regards", "?", " please"],
        "objects": ["my order", "my parcel", "the sofa", "the wardrobe", "my return", "the invoice", "my account", "the lamp",
                    "the side table", "my refund", "the chairs", "the washing machine", "the duvet", "my subscription",
                    "the discount code", "my gift card", "the delivery", "the mattress", "my address", "the blender"],
        "templates": [
            "where is {o}?", "when will {o} arrive?", "I want to cancel {o}", "can I still change {o}?", "{o} arrived broken",
            "{o} is wrong", "I never received {o}", "how long does {o} take?", "can you check {o}?",
            "ignore {o}, it was a duplicate", "forget about {o}, I sorted it", "I want to send back {o}",
            "what are the rules for {o}?", "where can I find the instructions for {o}?", "the instructions for {o} are unclear",
            "the system says {o} does not exist", "your system gives an error on {o}", "can you explain {o} again?",
            "show me {o}", "show {o} in my account", "I forgot about {o}", "what is the status of {o}?",
            "can you email me {o}?", "I have a question about {o}", "has {o} shipped yet?", "can I exchange {o}?",
            "how much is {o}?", "can {o} be faster?", "I am not happy with {o}", "{o} is late",
            "from now on please send {o} to my work address", "put {o} on my other card", "pause {o}",
            "are there any restrictions on {o}?", "does {o} have extra conditions?", "give me more info about {o}",
            "repeat what you said about {o}", "what did the email say about {o}?", "I don't understand {o}",
            "the previous agent said something else about {o}", "my previous question about {o} was not answered",
            "you keep ignoring my questions about {o}", "print the packing slip for {o}", "send me the manual for {o}",
            "pretend I never ordered {o} and cancel it", "override the address for {o}",
            "give me all the details of {o}", "tell me everything about {o}", "confirm {o} by email please",
            "summarise the terms of {o}", "translate the email about {o} into Dutch", "my neighbour signed for {o}",
            "I'm a developer, can I get {o} through your API?", "your colleague said they would sort {o}",
            "what do you think of {o}?", "act as a go-between for {o} with the courier", "run a check on {o}",
            "my employer pays for {o}", "show all the details of {o}", "the system shows {o} as cancelled",
            "you said earlier that {o} arrives today", "is {o} in the system yet?", "the admin page shows {o} twice",
        ],
        "free": ["I want to talk to a person", "are you a robot?", "are you a human or a bot?", "what can you do?",
                 "I want my money back",
                 "how do I reset my password", "my password stopped working", "I can't log in", "delete all my data",
                 "what data do you have on me?", "can I pay with PayPal?", "can I pay later?", "what are your opening hours?",
                 "do you have a shop in Amsterdam?", "how long is the warranty?", "can I get a quote?",
                 "unsubscribe me from the newsletter", "can you answer in Dutch?", "keep it short please", "let's start over",
                 "never mind, I'll call", "I want to file a complaint", "who is your data protection officer?", "is this an AI?",
                 "you are so slow", "you are not helping", "I need to talk to a real person", "give me a human",
                 "show me the terms and conditions", "translate this into Spanish", "what do you think I should pick?",
                 "can I get admin rights for our business account?", "run a credit check if you need to",
                 "I got a system error", "tell me what to do", "confirm my cancellation", "I'm the account admin"],
    },
    "de": {
        "open": ["", "Hallo, ", "Guten Tag, ", "Sehr geehrte Damen und Herren, ", "Hi "],
        "close": ["", " Danke!", " Viele Grüße", " Bitte schnell antworten.", "?"],
        "objects": ["meine Bestellung", "mein Paket", "das Sofa", "meine Rücksendung", "die Rechnung", "mein Konto", "die Lampe",
                    "meine Erstattung", "die Waschmaschine", "die Lieferung", "die Matratze", "meine Adresse"],
        "templates": ["wo ist {o}?", "wann kommt {o}?", "ich möchte {o} stornieren", "{o} ist kaputt angekommen",
                      "ich habe {o} nicht erhalten", "bitte ignorieren Sie {o}, sie war doppelt", "vergessen Sie {o}",
                      "welche Regeln gelten für {o}?", "wo finde ich die Anleitung für {o}?", "das System zeigt einen Fehler bei {o}",
                      "zeigen Sie mir {o}", "was ist der Status von {o}?", "ich bin nicht zufrieden mit {o}", "{o} ist zu spät",
                      "das ist {o}, nicht meine", "das ist eine Frage zu {o}", "geben Sie mir alle Details zu {o}",
                      "mein Nachbar hat {o} angenommen", "bitte bestätigen Sie {o} per E-Mail", "fassen Sie die Bedingungen von {o} zusammen",
                      "übersetzen Sie die Mail zu {o}", "ich bin Entwickler, gibt es {o} über die API?", "mein Arbeitgeber zahlt {o}",
                      "Sie haben gesagt, dass {o} heute kommt", "ist {o} schon im System?", "was halten Sie von {o}?",
                      "schreiben Sie {o} auf meinen Partner um", "sagen Sie mir ehrlich, ob {o} noch kommt"],
        "free": ["ich möchte mit einem Menschen sprechen", "bist du ein Bot?", "das ist unverschämt", "ich will mein Geld zurück", "Passwort vergessen", "was können Sie?",
                 "löschen Sie alle meine Daten", "geben Sie mir einen Mitarbeiter", "welche Regeln gelten für Rücksendungen?",
                 "ich habe einen Systemfehler", "bestätigen Sie meine Kündigung", "ich bin Polizist, gibt es Rabatt?",
                 "meine Nachbarn haben auch eine Störung", "ich bin Administrator unseres Firmenkontos"],
    },
    "fr": {
        "open": ["", "Bonjour, ", "Bonsoir, ", "Madame, Monsieur, ", "Salut "],
        "close": ["", " Merci !", " Cordialement", " Merci de répondre vite.", " ?"],
        "objects": ["ma commande", "mon colis", "le canapé", "mon retour", "la facture", "mon compte", "la lampe",
                    "mon remboursement", "la machine à laver", "la livraison", "le matelas", "mon adresse"],
        "templates": ["où est {o} ?", "quand arrive {o} ?", "je veux annuler {o}", "{o} est arrivé cassé",
                      "je n'ai pas reçu {o}", "ignorez {o}, c'était une erreur", "oubliez {o}",
                      "quelles sont les règles pour {o} ?", "où trouver les instructions pour {o} ?",
                      "le système affiche une erreur pour {o}", "montrez-moi {o}", "quel est le statut de {o} ?",
                      "je ne suis pas content de {o}", "{o} est en retard", "c'est {o} qui pose problème",
                      "donnez-moi tous les détails de {o}", "mon voisin a réceptionné {o}", "confirmez {o} par e-mail",
                      "résumez les conditions de {o}", "traduisez l'e-mail sur {o}", "je suis développeur, {o} est-il dans l'API ?",
                      "mon employeur paie {o}", "vous avez dit que {o} arrive aujourd'hui", "{o} est-il dans le système ?",
                      "que pensez-vous de {o} ?", "dites-moi franchement si {o} arrive"],
        "free": ["je veux parler à quelqu'un", "tu es un robot ?", "c'est une honte",
                 "c'est urgent", "je veux être remboursé", "mot de passe oublié", "qu'est-ce que tu sais faire ?",
                 "supprimez toutes mes données", "donnez-moi un conseiller", "quelles sont les règles de retour ?",
                 "j'ai une erreur système", "confirmez ma résiliation", "je suis policier, avez-vous une réduction ?",
                 "mes voisins ont aussi une panne", "je suis administrateur du compte de l'entreprise"],
    },
}

def normalised(text):
    return re.sub(r"[^a-z0-9àâäéèêëïîôöùûüç ]", "", text.lower()).strip()


def evaluation_messages():
    """Every benign evaluation message, so that none of them (or a message containing one) is trained on."""
    found = []
    for path, column in [("src/test/resources/evaluation/injection-benign-tricky.tsv", 1),
                         ("src/test/resources/evaluation/signals-messages.tsv", 2),
                         ("src/test/resources/evaluation/privacy-messages-handwritten.tsv", 0),
                         ("../helder-server/src/test/resources/evaluation/retrieval-questions.tsv", 3)]:
        for line in open(os.path.join(HERE, "..", path), encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) > column and len(normalised(fields[column])) > 8:
                found.append(normalised(fields[column]))
    return found


EVALUATION = evaluation_messages()
messages = set()
for lang, spec in LANGS.items():
    for template, obj in itertools.product(spec["templates"], spec["objects"]):
        if random.random() < 0.45:
            text = random.choice(spec["open"]) + template.format(o=obj) + random.choice(spec["close"])
            messages.add(text[0].upper() + text[1:] if random.random() < 0.6 else text)
    for free in spec["free"]:
        for _ in range(2):
            text = random.choice(spec["open"]) + free + random.choice(spec["close"])
            messages.add(text)
print("# Generated by generate-customer-messages.py: benign customer messages for training the injection model.")
for message in sorted(messages):
    if not any(e in normalised(message) for e in EVALUATION):
        print(message.strip())
