R=[
("[[PERSON_NAME|Dr. med. Ulrike Brandt]]","Dr. med. [[PERSON_NAME|Ulrike Brandt]]"),
("Wir sind [[PERSON_NAME|Familie Schneider]]","Wir sind Familie [[PERSON_NAME|Schneider]]"),
("als [[PERSON_NAME|Mustermann]] angezeigt","als Mustermann angezeigt"),
("wie lange dauert die rückerstattung normalerweise?","wie lange dauert die rückerstattung normalerweise? hab das paket am 3.10 zurückgeschickt, absender [[PERSON_NAME|M. Yılmaz]]"),
("Kann ich mein Abo pausieren, während ich im Ausland bin?","Kann ich mein Abo pausieren, während ich im Ausland bin? Ich bin ab Mai ein Jahr in Kanada. Das Abo läuft über [[EMAIL|nina.k@posteo.de]]."),
("Wann kommt der Techniker? Termin war zwischen 13 und 17 Uhr.","Wann kommt der Techniker? Termin war zwischen 13 und 17 Uhr. Adresse: [[ADDRESS|Lindenstraat 4]], [[POSTCODE|6371 GA]] Landgraaf."),
("wann wird der Ökostrom-Bonus ausgezahlt?","wann wird der Ökostrom-Bonus ausgezahlt?\\n\\nMfG\\n[[PERSON_NAME|Reinhard Kaiser]]\\n[[PHONE|0151 22334455]]"),
("auch für Skiurlaub in Österreich?","auch für Skiurlaub in Österreich? Ich habe [[SPECIAL_CATEGORY|ein künstliches Kniegelenk]], ist das ein Problem?"),
]
s=open('src_de.txt',encoding='utf-8').read()
for a,b in R:
    assert a in s,a; s=s.replace(a,b,1)
open('src_de.txt','w',encoding='utf-8').write(s)
