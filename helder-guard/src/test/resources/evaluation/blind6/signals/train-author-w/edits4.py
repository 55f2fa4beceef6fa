# one-off edits: fewer multi-label nl items (target ~1 in 5 overall). Already applied once; do not re-run.
from edlib import edit
edit('src_nl.txt',{
 "CF|waarom is mijn voorschot ineens 40 euro omhoog":"C|waarom is mijn voorschot ineens 40 euro omhoog, dat lijkt me niet juist bij hetzelfde verbruik",
 "HR|Kan ik met een schuldhulpmedewerker van de gemeente spreken?":"R|Ik heb overal achterstanden, hoe kom ik bij de schuldhulpverlening van de gemeente terecht?",
 "HC|Ik ben zeer ontevreden over de behandeling van mijn bezwaar":"C|Ik ben zeer ontevreden over de behandeling van mijn bezwaar, er is op geen enkel argument ingegaan.",
 "HR|Ik heb een auto-ongeluk gehad, kan een schadebehandelaar":"R|Ik heb een auto-ongeluk gehad op de A2, de tegenpartij is doorgereden. Hoe meld ik dit?",
 "CF|ben nu al 40 min aan het wachten in de wachtrij":"C|ben nu al 40 min aan het wachten in de telefonische wachtrij, dat vind ik echt te lang",
 "HR|mijn schoonvader is overleden":"R|mijn schoonvader is overleden, moet ik een akte van overlijden opsturen om zijn contract te beëindigen?",
 "HF|nee nee nee geen bot.":"H|geen bot graag, iemand van vlees en bloed",
})
