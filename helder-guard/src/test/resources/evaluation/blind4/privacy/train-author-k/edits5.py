import glob
R=[
("[[DATE_OF_BIRTH|geb. 08.11.2006]]","geb. [[DATE_OF_BIRTH|08.11.2006]]"),
("[[DATE_OF_BIRTH|geb. 1939]]","geb. [[DATE_OF_BIRTH|1939]]"),
("[[DATE_OF_BIRTH|né en 1952]]","né en [[DATE_OF_BIRTH|1952]]"),
("[[SPECIAL_CATEGORY|MS heb]]","[[SPECIAL_CATEGORY|MS]] heb"),
("recently [[SPECIAL_CATEGORY|diagnosed with Alzheimer's]]","recently diagnosed with [[SPECIAL_CATEGORY|Alzheimer's]]"),
("Can I still bring my wheelchair for free? I [[SPECIAL_CATEGORY|use a wheelchair due to a spinal cord injury]].","Can I still bring my [[SPECIAL_CATEGORY|wheelchair]] for free? I use a wheelchair due to a [[SPECIAL_CATEGORY|spinal cord injury]]."),
("[[SPECIAL_CATEGORY|is slechtziend]]","is [[SPECIAL_CATEGORY|slechtziend]]"),
("[[SPECIAL_CATEGORY|has severe autism]]","has [[SPECIAL_CATEGORY|severe autism]]"),
("[[SPECIAL_CATEGORY|souffre d'une insuffisance rénale]]","souffre d'une [[SPECIAL_CATEGORY|insuffisance rénale]]"),
("[[SPECIAL_CATEGORY|est atteinte d'un cancer du sein]]","est atteinte d'un [[SPECIAL_CATEGORY|cancer du sein]]"),
("[[SPECIAL_CATEGORY|a la maladie d'Alzheimer]]","a la [[SPECIAL_CATEGORY|maladie d'Alzheimer]]"),
("[[SPECIAL_CATEGORY|in het ziekenhuis opgenomen na een hartinfarct]]","in het ziekenhuis opgenomen na een [[SPECIAL_CATEGORY|hartinfarct]]"),
("[[SPECIAL_CATEGORY|mijn hernia]]","mijn [[SPECIAL_CATEGORY|hernia]]"),
("[[SPECIAL_CATEGORY|mijn chronische depressie]]","mijn [[SPECIAL_CATEGORY|chronische depressie]]"),
("[[SPECIAL_CATEGORY|de ziekte van Parkinson]]","de [[SPECIAL_CATEGORY|ziekte van Parkinson]]"),
("[[SPECIAL_CATEGORY|eine Erdnussallergie]]","eine [[SPECIAL_CATEGORY|Erdnussallergie]]"),
("[[SPECIAL_CATEGORY|ein künstliches Kniegelenk]]","ein [[SPECIAL_CATEGORY|künstliches Kniegelenk]]"),
("[[SPECIAL_CATEGORY|nach einem Schlaganfall]]","nach einem [[SPECIAL_CATEGORY|Schlaganfall]]"),
("[[SPECIAL_CATEGORY|een getrouwd homostel]]","een getrouwd [[SPECIAL_CATEGORY|homostel]]"),
("([[SPECIAL_CATEGORY|on est lesbiennes]])","(on est [[SPECIAL_CATEGORY|lesbiennes]])"),
("[[SPECIAL_CATEGORY|undergoing chemotherapy]]","undergoing [[SPECIAL_CATEGORY|chemotherapy]]"),
]
done=set()
for f in glob.glob('src_*.txt'):
    s=open(f,encoding='utf-8').read()
    for a,b in R:
        if a in s: s=s.replace(a,b,1); done.add(a)
    open(f,'w',encoding='utf-8').write(s)
print([a for a,b in R if a not in done])
