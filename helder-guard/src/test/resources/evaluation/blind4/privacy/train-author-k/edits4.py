def ed(f,R):
    s=open(f,encoding='utf-8').read()
    for a,b in R:
        assert s.count(a)==1,a; s=s.replace(a,b,1)
    open(f,'w',encoding='utf-8').write(s)
ed('src_fr.txt',[
("[[PERSON_NAME|Dr Amélie Fontaine]]","Dr [[PERSON_NAME|Amélie Fontaine]]"),
("[[PERSON_NAME|Mme Peeters]]","Mme [[PERSON_NAME|Peeters]]"),
("disponible à Maastricht ?","disponible au [[ADDRESS|Boschstraat 55]], [[POSTCODE|6211AX]] Maastricht ?"),
("augmenté de 35 € ?","augmenté de 35 € ? Le contrat est au nom de [[PERSON_NAME|Léa Garnier]]."),
("causés par le voisin du dessus ?","causés par le voisin du dessus, M. [[PERSON_NAME|Van Acker]] ?"),
("régularisation de 640 €.","régularisation de 640 €. Je suis au chômage depuis juin.\\n[[PERSON_NAME|Bernard Roux]] – [[PHONE|+32 475 12 34 56]]"),
])
ed('src_en.txt',[("Is there a fee for paying by iDEAL?","Is there a fee for paying by iDEAL? Also, my gift card number {bad_card} keeps getting rejected at checkout.")])
ed('src_nl2.txt',[("Bedrag was € 1.245,00.","Bedrag was € 1.245,00, betalingskenmerk {bad_card}.")])
