# English messages (expats, international students, visitors) to Dutch/Belgian organisations
MESSAGES = [
"""Hi, I moved to Rotterdam last week for work and need to register at the municipality to get my BSN. The earliest appointment online is in 5 weeks. Is there any faster way? My employer needs the number before my first salary.""",

"""Hello,

I registered at the town hall on 3 February and received my BSN by letter: [[BSN|@bsn6:p]]. However, my name is spelled wrong in your records – it says "[[N|Priya Venkatraman]]" but it should be "[[N|Priyanka Venkataraman]]". Could you correct this? My passport number is [[ID|Z4471902]] if you need it.

Thanks,
[[N|Priyanka]]""",

"""Do I need to deregister from the municipality if I leave the Netherlands for 6 months for an internship abroad?""",

"""Writing on behalf of my neighbour, Mr [[N|Tadeusz Nowak]], who doesn't speak Dutch or much English. He received a letter about a fine for putting his rubbish out on the wrong day. He lives at [[A|Havikstraat 8]], flat 2. Can you tell me what he needs to do? You can reach me at [[E|claire.obrien@protonmail.com]] – [[N|Claire O'Brien]]""",

"""What are the opening hours of the city office on King's Day? Is it closed all day?""",

"""hey my parking permit application got rejected bc it says the car isn't registered to me but it's a lease car from my employer, plate [[LP|GH-017-Z]]. what do i upload instead??""",

"""Dear patient services,

My wife [[N|Amara Okafor]] gave birth at your hospital on 19 January (emergency [[S|C-section]]). We have now received an invoice for €2,340 addressed to her, but our health insurance should cover this. Our policy number is 408-221-77. Could you please re-submit the claim to the insurer?

Kind regards,
[[N|Chinedu Okafor]]
[[T|+31 6 4812 0937]]""",

"""Is there free wifi for patients and visitors in the hospital, and what is the password?""",

"""Hi, I'm an interpreter (Mandarin) for Mrs [[N|Zhang Wei]], born [[DOB|4 March 1972]]. She has an appointment at the [[S|oncology]] department on Thursday and asked me to check whether she needs to bring her own medication list. She is on [[S|tamoxifen]]. Please reply to me, [[N|Helen Liu]], on [[T|06 3390 1744]].""",

"""I was told by Dr [[N|Mulder]] that my test results would be in the patient portal within a week, but it has been three. My patient number is 5520813. Could someone check? – [[N|James Whitfield]]""",

"""Does Dutch basic health insurance cover mental health therapy, or do I need a supplementary package? Asking before I choose a policy.""",

"""I'm [[S|type 1 diabetic]] and just moved here from Canada. How do I get my [[S|insulin pump]] supplies covered? My GP referred me to your hospital's diabetes clinic but I haven't heard back. Name: [[N|Olivia Tremblay]], DOB [[DOB|1995-07-23]], email [[E|olivia.tremblay95@gmail.com]].""",

"""Internet has been down since 6am. Customer no. 81102347. Postcode [[PC|1093 KN]], house number 44-III. I work from home so this is urgent.""",

"""Hi there, I want to port my mobile number [[T|+31 6 1538 2960]] from my old provider to you. The porting code they gave me is [[PW|PX8821]]. Can you start the transfer today?""",

"""Could you tell me which ports I need to forward on the router for gaming? The router admin page at 192.168.1.254 doesn't show a port forwarding menu.""",

"""Hello, I am trying to set up the VPN for my work laptop but it blocks my home IP. My IT department asked me to send them my public IPv4, which according to your app is [[IP|145.53.218.9]]. Is this a fixed address or will it change?""",

"""Dear Sir/Madam,

I am writing to complain about the technician who visited my flat on 7 March. He left the fibre box hanging from the wall and did not finish the installation. Order reference FB-883102.

Address: [[A|Kanaalweg 62 bis]], [[PC|2312 LL]] Leiden
Phone: [[T|(+44) 7700 912 483]] (UK mobile, I also have WhatsApp)

Regards,
Dr. [[N|Rebecca Hollis]]""",

"""Can I get a discount if I bundle TV, internet and mobile? Currently I only have internet with you.""",

"""hi, just changed my wifi password to [[PW|blue-otter-42]] and now my printer is offline, how do I reconnect it""",

"""Car insurance question: I'm moving from the UK and have 11 years no-claims bonus there. Will you accept a no-claims certificate in English?""",

"""Hi, I was in an accident yesterday on the A10. The other driver, [[N|Ruben Pinas]], hit me from behind at the traffic lights. His plate is [[LP|SP-660-L]], mine is [[LP|KF-319-D]]. We filled in the European accident form. What's the next step? My policy number is CA-55710.""",

"""My car was scratched in a parking garage. Does my policy cover vandalism? I have the basic WA+ cover.""",

"""Please update my payment details for the car insurance direct debit. New account: [[IBAN|@be2:c]] (Belgian account, I work in Antwerp now). Name on account: [[N|Sebastian Moreau]].""",

"""Hi! I'm a student and I want to pay my first premium by credit card instead of direct debit. Card: [[CARD|@amex1:g]], exp 11/26. Is that possible or do I need a Dutch account?""",

"""Hello, I'm emailing for my father, [[N|Rajesh Iyer]] ([[DOB|12/06/1948]]), who is visiting us from Chennai. He needs to see a cardiologist urgently for [[S|chest pains]], but he only has travel insurance. Can he be seen at your outpatient clinic? Please call me, [[N|Anand Iyer]], on [[T|+31 20 773 4410]].""",

"""Is it possible to pay the municipal tax in instalments? The assessment says 'Total €624.18, due 28 February'.""",

"""I lost my residence permit card at Schiphol. Card number [[ID|W88T31V52]]. Do I report it to you or to the IND?""",

"""---------- Forwarded message ---------
From: [[N|Hannah Goldberg]] <[[E|hgoldberg@fastmail.com]]>
Date: Mon, 10 Mar 2025 at 09:14
Subject: Kosher meals
To: Patient Services

Hi,

My husband will be admitted for [[S|knee replacement]] surgery on 24 March. We keep [[S|kosher]] — can the hospital provide kosher meals?

Thank you,
[[N|Hannah]]

---

Resending this as I have had no reply.""",

"""Do you deliver parcels on Sundays in Amsterdam?""",

"""I ordered a laptop (order #NL-2290041) and the tracking says delivered but nothing arrived. A neighbour, Mrs. [[N|Pieters]] at number 17, says she didn't take it either.""",

"""Hi, I am [[N|Tomás Herrera]]. I paid for my train ticket twice with card ending 7731. Can I get one refunded? Transaction 2 March, €23.40 Utrecht–Amsterdam.""",

"""My bank card was stolen on the tram. I've already blocked it in the app. Card number was [[CARD|@mc2:g]]. Do I need to file a police report for the bank to reimburse the two payments that were made afterwards?""",

"""What is your IBAN for paying the rent manually? The automatic collection failed this month.""",

"""Hi, the water company letter says I need to give a meter reading by 15 April. Meter number 18WB0092331. Reading: 00412 m3. Thanks, [[N|Gustavo Ferreira]] ([[A|Prinsengracht 1002]])""",

"""Dear housing association,

I am writing as the support worker for Ms [[N|Fatuma Abdi]], tenant at [[A|Spinozastraat 41-2]]. Ms [[N|Abdi]] uses a [[S|wheelchair]] and the lift in her building has been broken for three weeks, which means she has not been able to leave her home. This is not acceptable. Please confirm when the lift will be repaired.

Kind regards,
[[N|Gareth Evans]]
Community Support Worker
[[T|06-2704 5518]]""",

"""hello i need help, the bank sent me an sms code [[PW|381 552]] but i didnt request anything, is this a scam?? i have not given it to anyone""",

"""Could you explain the difference between the 'eigen risico' and the 'eigen bijdrage'? I'm new to the Dutch system.""",

"""Hi, this is a voice message transcription: hello my name is [[N|Kwame Boateng]] that's K W A M E, I'm calling about my internet bill, my email is [[E|kwame dot boateng at outlook dot com]], please call me back""",

"""Is the Erasmus MC reachable by public transport from Rotterdam Centraal?""",

"""Hi, I have a question about my pension from when I worked in the Netherlands (2009–2014). I now live in Dublin. My Dutch BSN was [[BSN|@bsn7:d]]. How do I apply for it when I turn 67? Address: [[A|14 Clonliffe Road]], Dublin 3. — [[N|Siobhán Murphy]]""",

"""Hi team, I'm the school's international liaison. A new pupil, [[N|Yusuf Haidari]], has arrived from Afghanistan with his uncle. He has a [[S|hearing impairment]]. Could the municipality tell us what support is available for his transport to school?""",

"""Does your travel insurance cover trips to the US for more than 60 days?""",

"""URGENT: my flight to Lisbon tomorrow is cancelled and I need to rebook. Booking ref XK7P2Q. Passport no. [[ID|540382917]], name as in passport: [[N|LINDQVIST/ERIK]] MR. Contact [[T|+46 70 123 88 41]].""",

"""I keep getting letters for a previous tenant, a certain [[N|K. Vos]], at my address. How do I stop this?""",

"""Hi, my health insurer says I need to send a specialist referral for physiotherapy. Is there a template I can give to my GP?""",

"""hi, my flatmate [[N|Dario]] moved out and the internet contract is in his name. how do we transfer it to my name? my number is [[T|0644 019 283]]""",

"""Hello. I'm the son of [[N|Margaret Hughes]] who is a resident at your care home. She has [[S|Alzheimer's]]. I would like to get her prescription list emailed to me at [[E|p.hughes@btinternet.com]]. I have power of attorney.""",

"""The bus stop at Laan van NOI has no shelter and the electronic display has been broken for months. Who maintains it?""",

"""Please find my passport details for the car lease contract: [[N|Mohammed Al-Amin]], passport [[ID|P1093385K]], date of birth [[DOB|30 Nov 1986]]. Licence plate of the car I'm taking over: [[LP|T-812-NB]].""",

"""I'd like to know whether your energy contracts have a fixed price for three years, and what the exit fee is if I move abroad.""",

"""My account was hacked and someone changed my password. Last login from an IP in Russia, [[IP|95.173.41.206]] — that's not me! I'm in Utrecht. Please lock the account. Username: lena.k""",

"""Hi, I'm [[N|Lena Kowalczyk]] from customer no. 3340912. Following your call, here is the PIN you asked me to set up for phone verification: [[PW|9182]].""",

"""Dear Sir or Madam, I would like to request all personal data you hold on me under Article 15 GDPR. Please confirm receipt.

Registered e-mail: [[E|b.adeyemi@yahoo.co.uk]]
[[N|Bolanle Adeyemi]]""",

"""Do I still need to pay the dog tax if my dog is a registered assistance dog? Just asking generally, I don't have a dog yet.""",

"""Hello, I'm writing from the refugee support centre on behalf of Mr [[N|Hamid Karimi]]. He is [[S|Bahá'í]] and is worried about being placed in shared housing with people from his home region. Can his housing request take this into account?""",

"""Why does my invoice show a €5 'paper bill' fee? I never asked for paper bills, I only want them at [[E|tjun.park@gmail.com]].""",

"""Hi, I accidentally gave you the wrong IBAN on the form, I typed {{@xnl1:g}}. Can you cancel the direct debit until I send the right one?""",

"""The online form keeps rejecting my postcode. It's [[PC|5611 AZ]] Eindhoven, I've tried with and without the space.""",
"""Subject: Claim 2025-CL-00913 – windscreen

Hello,

Attached is the invoice from the glass repair shop (€412.00). Please pay it directly to the shop, not to me – their bank details are on the invoice.

Best regards,

[[N|Aleksandra Zielińska]]
Senior Data Analyst
[[T|+31 (0)10 220 4471]] | mobile [[T|+48 601 337 902]]

This e-mail and any attachments are confidential and intended solely for the addressee.""",

"""Hi, our daughter was born at home on [[DOB|8 February 2025]] and we need to register her. Her name is [[N|Maya Rose Kingsley]]. I'm British and my partner is Dutch, we're not married. Does my partner need to come along, or can I do it alone?""",
]
