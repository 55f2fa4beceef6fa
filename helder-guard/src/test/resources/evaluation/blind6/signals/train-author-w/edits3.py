# one-off edits after label review. Already applied once; do not re-run.
from edlib import edit
edit('src_de.txt',{
 "H|Verbinden Sie mich bitte mit der Schadenabteilung":"H|Verbinden Sie mich bitte mit der Abteilung für Geschäftskunden, es geht um eine Sammelrechnung.",
 "-|Für das Online-Formular brauche ich die Telefonnummer":"-|Für das SEPA-Formular meiner Bank brauche ich Ihre Telefonnummer, welche soll ich da angeben?",
})
