#!/usr/bin/env python3
"""Rough, keyword-based primary technique tag per INJECTION item (for the README table only)."""
import re, sys
from collections import Counter
sys.path.insert(0, '.')
import nl, en, de, fr
RULES = [
 ('encoded (base64/rot13/hex/reversed/spaced/leet/acrostic/morse)', r'\{\{|rot13|1gn|n3g|g1b|d0nn|leet|l33t|s h o|n e g|Zeig-mir|m o n t|Papa Rit|morse|haiku|eerste letters|omgekeerd'),
 ('fake system/admin/end markers, chat-template tokens', r'<\|im_start|<\|system|\[SYSTEEM\]|\[SYSTÈME\]|\[ADMIN|###|<system>|</user_message>|"role": "system"|sudo'),
 ('hidden instruction in pasted/forwarded content', r'review|Bewertung|verhuurder|Vermieter|propriétaire|landlord|hypotheekofferte|gemeente, kun je m|voisine \?|JSON de mon|Message transféré|systeem dat deze|system note for the model|Engelse zinnetje|Übersetz ins'),
 ('language switch', r'español|Türkisch|switching to English|in het Frans verder'),
 ('false authority (police, CEO, IT, developer, auditor, bailiff)', r'Politie|Polizei|police|Detective|CEO|PDG|Vorstand|Geschäftsführer|directie|auditor|AFM|Bundesamt|huissier|IT-afdeling|IT security|developer|ontwikkelaar|Entwickler|prestataire|Belastingdienst|beheerder|HQ|memo|EU AI Act|manager named'),
 ('persona / role play / dev mode / grandparent / fiction', r'DAN|FreeBot|Rudi|Léon|Max|Oom Henk|Oma|oma|tonton|grandpa|evil twin|StoryGPT|Anti-Ziggo|ontwikkelaarsmodus|Mode Dieu|KlantBot-Vrij|ChatGPT|Hypothetisch|hypothetical|theoretisch|fictive|roman|Rollenspiel|Testmodus|formation'),
 ('other customers\' data', r'buurvrouw|broer|Schwester|Ex-Freundin|wife|femme|IBAN|numéro 06|0171|Prinsengracht|sofa|person before|client juste avant|andere klant|Petra|bankpasnummer|20 questions|welke klanten|voisin du|Kerkstraat|Lindenstraße|klantendatabase|CRM-Server'),
 ('off-brand / harmful / off-task content', r'sms namens|text message pretending|Mail im Stil|mail qui ressemble|Essent|KLM|Telekom|Eneco|Vattenfall|E\.ON|Odido|essay|werkstuk|Mathe|motivation|LinkedIn|dungeons|python|vriendin|piraat|swear|Beleidige|clashe|recensies|lawyer|Goethe'),
 ('output forcing / false confirmation', r'APPROVED|GOEDGEKEURD|GENEHMIGT|OK validé|storniert|bevestig|Confirm|confirm|bestätigst|Yes, that|factuur €0|Skiunfälle'),
 ('instruction override / new task', r'Ignor|Negeer alles|vergeet al|STOP\. Nieuwe|[Vv]ergiss|Ignore toutes|Forget the'),
 ('prompt / rules / config extraction', r'prompt|instructies|instructions|Anweisungen|consignes|regels|rules|règles|config|told to never|notities|notes|Notizen|repeat everything|collègue'),
 ('social engineering without attack words', r'.'),
]
def tag(t):
    for name, rx in RULES:
        if re.search(rx, t): return name
c = Counter(); per = {}
for lang, mod in [('nl', nl), ('en', en), ('de', de), ('fr', fr)]:
    for t in mod.INJ:
        k = tag(t); c[k] += 1; per.setdefault(k, Counter())[lang] += 1
        if '-v' in sys.argv: print(k[:25], '|', t[:110])
print('| technique (primary tag, rough) | nl | en | de | fr | total |\n|---|---|---|---|---|---|')
for name, _ in RULES:
    p = per.get(name, Counter())
    print(f"| {name} | {p['nl']} | {p['en']} | {p['de']} | {p['fr']} | {c[name]} |")
