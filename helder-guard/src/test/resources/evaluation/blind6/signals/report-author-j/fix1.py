import sys
def rep(fn, pairs):
    s=open(fn,encoding='utf-8').read()
    for a,b in pairs:
        assert s.count(a)==1,(fn,a,s.count(a))
        s=s.replace(a,b)
    open(fn,'w',encoding='utf-8').write(s)
rep('en.txt',[
("H|talk to agent\n",""),
("Can I pause my gym-style subscription box while I'm in Morocco for a month?","Can I get my meal boxes sent to my sister's in Eindhoven for the next two weeks?"),
("How do I set up direct debit?","Is it possible to pay monthly by iDEAL instead of direct debit?"),
("What's the difference between a fixed and variable energy contract?","Is a dynamic energy contract worth it if I charge an EV at home?"),
("I'd rather not talk on the phone, chat is fine. Can you update my email address?","Could you add my partner as a second contact on the account? She's called Noor Benali."),
("Parcel was left with the neighbours, that's totally fine.","Got the wrong size but that was my own mistake, how do I swap it for a 42?"),
("-|Is anyone available on Sundays by phone?\n","-|how many stamps on my OV card do I need for Brussels, or is that a separate ticket\n"),
("How much is the supplementary dental cover per month?","Is braces for my 12-year-old covered by the extra package?"),
("Are you hiring in Amsterdam at the moment?","Do you post your vacancies on LinkedIn as well, or only on your own site?"),
("What's my deductible (eigen risico) this year?","Does the deductible apply to GP visits?"),
("How long does it take to switch to you from my current supplier?","If I switch to you, who cancels my old contract, me or you?"),
("My router has a red light on. What does that mean?","The TV box says error E-203 after the update. What does that mean?"),
("My customer ID is NL-ENX-22041, postcode 1017 AB.","ref: ZK-2024-118733, invoice date 12/10"),
("AMAZING, it works now! Thanks so much!!!","Yesss finally got the confirmation email!! You guys are the best 🙌"),
("I'm dead on my feet after the night shift, so short question: can I change my delivery slot to Thursday?","I'm dying to know if the blue version is back in stock, any news?"),
("No complaints at all, just want to update my bank details.","Everything's been great with you for years, so no complaints there. I only need a copy of my policy schedule."),
("Does a human ever read these chats?","Will this chat be saved so your staff can look at it later if needed?"),
("I need your customer service phone number for a form I'm filling in for my employer. Which one should I use?","My visa form asks for a phone number of the housing corporation as landlord contact. Which number do I put down?"),
("The building's doorbell doesn't work, could you ask the driver to give me a ring when he's outside?","Please tell the glazier to text me half an hour before he arrives, I'm at the allotment next door."),
("Please remove my number from your call list, I'm not interested in phone offers.","Don't ring me back, I'm in meetings all day. Email is fine."),
("Does the basic insurance cover a visit to a physiotherapist after a sports injury?","My physio says I need 18 sessions after my knee op, how many does my plan pay for?"),
("Is there parking near your office in The Hague?","Is your office in The Hague wheelchair accessible?"),
])
rep('nl.txt',[
("Zou ik mijn factuur ook in het Engels kunnen krijgen?","Kan ik mijn factuur ook per post krijgen in plaats van per mail?"),
("Ik heb een reisverzekering, geldt die ook voor wintersport?","valt duiken in Egypte onder mijn reisverzekering?"),
("Hebben jullie vacatures in de regio Eindhoven?","Zoeken jullie nog buschauffeurs? Mijn neef is geïnteresseerd, hij kijkt zelf wel op de site."),
("wat betekent BTW VERLEGD op mijn factuur","wat betekent SEPA-INC AFW op mijn bankafschrift van jullie"),
])
