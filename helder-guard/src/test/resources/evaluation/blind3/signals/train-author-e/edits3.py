E=[
('src_nl.txt',"jullie beloofden dat de glasvezel in september aangesloten zou zijn, het is nu december. teleurstellend.","jullie beloofde dat de glasvezel in september aangesloten zou zijn, het is nu december. teleurstellend."),
('src_en.txt',"I'm disappointed that my refund still hasn't arrived after three weeks.","im dissapointed my refund still hasnt arrived after 3 weeks"),
('src_de.txt',"Sind Hunde im Intercity erlaubt?","sind hunde im intercity erlaubt? auch große?"),
('src_fr.txt',"Vous livrez en Belgique ?","vous livrez en belgique svp? jsuis a namur"),
]
for p,a,b in E:
    s=open(p,encoding='utf-8').read(); assert a in s,(p,a); open(p,'w',encoding='utf-8').write(s.replace(a,b))
