R=[
("do I need a [[ID_DOCUMENT|V-number]] or BSN","do I need a V-number or BSN"),
("I'd like to join as a member of the [[SPECIAL_CATEGORY|Green Party]] discount scheme you mentioned — wait, is that still running? I'm a member.","Do you still offer the discount for [[SPECIAL_CATEGORY|GroenLinks members]]? I joined the party last year and never got it."),
("Hi, I'm pregnant — sorry, I mean my wife is. [[PERSON_NAME|Amira]] is","Hi, my wife [[PERSON_NAME|Amira]] is"),
("[[PERSON_NAME|Paul & Rebecca Stone]]","[[PERSON_NAME|Paul]] & [[PERSON_NAME|Rebecca Stone]]"),
("How do I change the language of the app to English?","How do I change the language of the app to English? My username is [[EMAIL|t.nguyen@protonmail.com]]."),
("Can I transfer my contract to the new tenant when I leave the apartment?","Can I transfer my contract to the new tenant when I leave the apartment? She's called [[PERSON_NAME|Hannah Fischer]] and she's happy to take it over."),
("Does the travel insurance cover COVID-related cancellations?","Does the travel insurance cover a cancellation if I'm [[SPECIAL_CATEGORY|undergoing chemotherapy]] and my oncologist advises against flying?"),
("How long does it take before the new meter is installed after I sign up?","How long does it take before the new meter is installed at [[ADDRESS|Noordsingel 42b]] after I sign up?"),
]
s=open('src_en.txt',encoding='utf-8').read()
for a,b in R:
    assert a in s,a; s=s.replace(a,b,1)
s+="en\tHi, I'm [[PERSON_NAME|Fenna]]. Sorry for the late reply, here's the info you asked for: date of birth [[DATE_OF_BIRTH|Oct 21, 1997]], and postcode [[POSTCODE|9712 cp]]. The old bank account was [[IBAN|{iban_nl_sp}]]. Cheers!\n"
open('src_en.txt','w',encoding='utf-8').write(s)
