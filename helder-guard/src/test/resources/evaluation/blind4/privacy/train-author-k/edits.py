import glob
R=[
("Hoeveel kost een extra simkaart voor mijn dochter?","Hoeveel kost een extra simkaart voor mijn dochter [[PERSON_NAME|Meryem]]? Ze is op [[DATE_OF_BIRTH|11-01-2012]] geboren, mag ze al een eigen sim?"),
("Goede avond, mijn zorgpas is gestolen. Kan ik een nieuwe aanvragen?","Goede avond, mijn zorgpas is gestolen. Kan ik een nieuwe aanvragen? Relatienummer 30.221.887, geboren [[DATE_OF_BIRTH|17-08-1979]]."),
("Hoe zeg ik mijn account op? Ik vind nergens een knop.","Hoe zeg ik mijn account op? Ik vind nergens een knop. Account staat op [[EMAIL|lisa_m_1990@live.nl]]"),
("Kunnen jullie de bezorgingstijd aanpassen naar na 18:00?","Kunnen jullie de bezorgingstijd aanpassen naar na 18:00? Bestelling staat op naam van [[PERSON_NAME|Vincent Dijkstra]]."),
("Hebben jullie ook een Turkse klantenservice?","Mijn moeder [[PERSON_NAME|Emine Çelik]] spreekt weinig Nederlands. Hebben jullie ook een Turkse klantenservice?"),
("hoe lang duurt een verhuismelding verwerken?","hoe lang duurt een verhuismelding verwerken? heb maandag doorgegeven dat ik nu op [[ADDRESS|Esdoornlaan 19]] woon"),
("Mijn zoon van 16 wil","Mijn zoon [[PERSON_NAME|Levi]] van 16 wil"),
("wij hebben kenteken 56-LP-XD en","wij hebben kenteken [[LICENCE_PLATE|56-LP-XD]] en"),
("Kantoorpark De Hoef, Boslaan 2, gebouw B","Kantoorpark De Hoef, [[ADDRESS|Boslaan 2]], gebouw B"),
]
for f in glob.glob('src_nl*.txt'):
    s=open(f,encoding='utf-8').read()
    for a,b in R:
        if a in s: s=s.replace(a,b,1); print('ok',a[:30])
    open(f,'w',encoding='utf-8').write(s)
