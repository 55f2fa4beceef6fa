# second one-off revision pass after label review (already applied; not idempotent)
reps = {
'src_nl.txt': [
 ("Dan kan ik de stukken voor mijn huurtoeslagaanvraag rustig doorsturen.",
  "Dan kan ik de tekeningen voor de omgevingsvergunning van onze dakkapel rustig doorsturen."),
 ("Moet ik dat vonnis naar jullie sturen voor de huurtoeslag?",
  "Moet ik dat vonnis naar jullie sturen voor mijn inschrijving als woningzoekende?"),
 ("HC|| Ik ben niet tevreden over de afhandeling van mijn bezwaar tegen de WOZ-waarde. Ik wil dat een medewerker opnieuw naar mijn dossier kijkt.",
  "HC|| Ik ben niet tevreden over hoe mijn aanvraag voor een gehandicaptenparkeerplaats is afgehandeld, er zijn al twee keer verkeerde gegevens gebruikt. Ik wil graag een medewerker spreken die het dossier opnieuw met mij doorneemt."),
],
'src_de.txt': [
 ("C|| hab den Tisch bzw. das was davon übrig ist heute bekommen, 3 wochen zu spät und die platte total zerkratzt. echt enttäuschend von euch",
  "C|| hab den Tisch heute bekommen bzw. meine Frau hat ihn angenommen, 3 wochen zu spät und die platte total zerkratzt. echt enttäuschend von euch"),
],
'src_fr.txt': [
 ("F|| Ouf, ça fait dix minutes", "F|| Rhooo ça fait dix minutes"),
],
}
for f, pairs in reps.items():
    t = open(f, encoding='utf-8').read()
    for a, b in pairs:
        assert t.count(a) == 1, (f, a)
        t = t.replace(a, b)
    open(f, 'w', encoding='utf-8').write(t)
print("ok")
# (revise3: de 'Mensch bitte' -> 'Mitarbeiter bitte'; colleague item made informal)
# (revise4: nl simkaart item rewritten in Surinamese-Dutch register)
