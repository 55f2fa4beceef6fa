# English customer messages: (text, labels). Placeholders {{KIND:id[:fmt]}} see build.py.
MSGS = [
("Hi, I moved to Amsterdam last month and need to set up electricity. Address is Jan Evertsenstraat 112-2, 1056 EK. Name: Aisha Mensah.",
 "ADDRESS=Jan Evertsenstraat 112-2;POSTCODE=1056 EK;PERSON_NAME=Aisha Mensah"),

("Does the basic health insurance cover IVF, or only the supplementary packages?", ""),

("My BSN is {{BSN:e}}, can you link it to my health insurance account? I start my new job next week.",
 "BSN={{BSN:e}}"),

("Can I pay by credit card instead of direct debit?", ""),

("I was charged twice for order 5561-223. Card used: {{CARD_M:a:dash}}",
 "CARD={{CARD_M:a:dash}}"),

("""Hello,

I am writing on behalf of my father, Rajesh Iyer (DOB 04/11/1952), who had a stroke last month and can no longer manage his pension online. Could you let me know which forms are needed to give me access?

Kind regards,
Ananya Iyer
+31 6 1844 2093""",
 "PERSON_NAME=Rajesh Iyer;DATE_OF_BIRTH=04/11/1952;SPECIAL_CATEGORY=stroke;PERSON_NAME=Ananya Iyer;PHONE=+31 6 1844 2093"),

("What's your IBAN? I'd rather pay the invoice manually.", ""),

("Lost my OV card on tram 5 this morning. Name printed on it: Liam O'Connor.",
 "PERSON_NAME=Liam O'Connor"),

("Our router's public IP is 145.53.88.201 and we keep getting blocked from your website. Is it blacklisted?",
 "IP=145.53.88.201"),

("Please cancel my subscription. Account email: tom.hargreaves@protonmail.com",
 "EMAIL=tom.hargreaves@protonmail.com"),

("Where do I find the wifi password on the train? :)", ""),

("""Dear Sir/Madam,

I am writing to report mould in the bedroom of our flat at Goudsbloemstraat 38-B. My daughter has asthma and the damp is making it worse. We have reported this twice already (tickets 20231187 and 20240012) without any response.

Could someone please come and inspect? I am at home on Tuesdays and Thursdays.

Best regards,
Chiara Romano
Tel: 06 48 27 19 33
chiara.romano.nl@gmail.com""",
 "ADDRESS=Goudsbloemstraat 38-B;SPECIAL_CATEGORY=asthma;PERSON_NAME=Chiara Romano;PHONE=06 48 27 19 33;EMAIL=chiara.romano.nl@gmail.com"),

("Is Bitcoin accepted for premium payments?", ""),

("Code I got by SMS: 664 018. It says expired, please send a new one.",
 "PASSWORD=664 018"),

("Lease car, plate XS-771-B, tyre pressure warning is on. Nearest service point in Eindhoven?",
 "LICENCE_PLATE=XS-771-B"),

("Hi there, I'm a wheelchair user and need assistance at Schiphol station on 12 May at 9:40. Booking name: Graham Whitfield.",
 "SPECIAL_CATEGORY=wheelchair user;PERSON_NAME=Graham Whitfield"),

("Does your travel insurance cover pre-existing conditions such as diabetes or heart problems?", ""),

("Please update my phone to +44 7700 912 384 - I'm back in the UK until September.",
 "PHONE=+44 7700 912 384"),

("The invoice is addressed to 'Dr. Müller' but I'm not a doctor, my name is just Sven Müller!",
 "PERSON_NAME=Müller;PERSON_NAME=Sven Müller"),

("Hey, which documents do I need to bring to register at the town hall? Passport and rental contract?", ""),

("Passport details for the booking: John Paul Whitaker, US passport 533918274, born 15 Aug 1979.",
 "PERSON_NAME=John Paul Whitaker;ID_DOCUMENT=533918274;DATE_OF_BIRTH=15 Aug 1979"),

("I'm Muslim - does your pension fund offer a Sharia-compliant investment option?",
 "SPECIAL_CATEGORY=Muslim"),

("Shipment 1Z999AA10123456784 was sent back to the sender. Why?", ""),

("My colleague Femke told me you reimburse home charging costs for lease drivers. Is that right?",
 "PERSON_NAME=Femke"),

("Hi, I'm the owner of Kastanjelaan 4 in Haarlem. My tenant, Mr. Dubois, says the water contract is still in my name. Could you transfer it to him?",
 "ADDRESS=Kastanjelaan 4;PERSON_NAME=Dubois"),

("I pay the rent from my German account now: {{IBAN_DE:a:grp}}. Please update the direct debit.",
 "IBAN={{IBAN_DE:a:grp}}"),

("What is the minimum age to open a youth savings account?", ""),

("I'm pregnant with twins - can I get extra maternity care hours?",
 "SPECIAL_CATEGORY=pregnant"),

("Your website crashed when I entered my birthday (29 February 1996). Is the leap day a problem? 😅",
 "DATE_OF_BIRTH=29 February 1996"),

("Do you have vacancies in the customer service team in Utrecht?", ""),

("Can my partner Dmitri Volkov be added as a second driver? His driving licence number is 5902418837.",
 "PERSON_NAME=Dmitri Volkov;ID_DOCUMENT=5902418837"),

("Kindly note my new address from 1 March: Rue Haute 180, 1000 Brussels.\nThank you,\nAoife Brennan",
 "ADDRESS=Rue Haute 180;POSTCODE=1000;PERSON_NAME=Aoife Brennan"),

("Why on earth do I have to give my BSN to buy a train ticket?? That's ridiculous.", ""),

("My wife's number is wrong in your system, it should be 0031-6-29 77 40 12",
 "PHONE=0031-6-29 77 40 12"),

("The guy who fixed our boiler today, Ahmet, was brilliant. Please pass on my thanks.",
 "PERSON_NAME=Ahmet"),

("My wifi password stopped working after the update. It's gr33nH0use_2024, case sensitive.",
 "PASSWORD=gr33nH0use_2024"),

("Hi! I'll be travelling with my guide dog because I'm blind. Do I need to book a seat for him?",
 "SPECIAL_CATEGORY=blind"),

("How do I switch the app to English?", ""),

("Refund for order 80012277 still hasn't arrived. I paid with Apple Pay on the 3rd.", ""),

("Sorry, typo in my email. It should be priya dot shah at outlook dot com",
 "EMAIL=priya dot shah at outlook dot com"),

("I'm a member of the ABVV union. Do members get a discount on home insurance?",
 "SPECIAL_CATEGORY=member of the ABVV union"),

("Can the electricity meter be moved? It's for plot 14 of the new development.", ""),

("Please confirm our booking: two adults, Mr. and Mrs. Okafor, arriving 3 July.",
 "PERSON_NAME=Okafor"),

("hello? anyone there?", ""),

("My son Leo has a peanut allergy. Does the school canteen provide alternatives?",
 "PERSON_NAME=Leo;SPECIAL_CATEGORY=peanut allergy"),

("Card ending 0094 was declined at your checkout but works everywhere else.", ""),

("How much would it cost to insure a Tesla Model 3 for a 23-year-old driver?", ""),

("New number for deliveries: +32 470 58 21 96. If I'm out, please leave parcels with my neighbour at no. 8.",
 "PHONE=+32 470 58 21 96"),

("Hi, Tomasz here. Quick question about my gas bill.",
 "PERSON_NAME=Tomasz"),

("""Subject: Subject access request (GDPR art. 15)

Dear data protection officer,

Please provide a copy of all personal data you hold on me.

Customer ID: CU-7712093
Full name: Rebecca Lindqvist
Date of birth: 11.06.1985
E-mail: r.lindqvist@kpnmail.nl

I look forward to your reply within one month.""",
 "PERSON_NAME=Rebecca Lindqvist;DATE_OF_BIRTH=11.06.1985;EMAIL=r.lindqvist@kpnmail.nl"),

("Are there disabled parking spaces at your Rotterdam office?", ""),

("Login code 88 41 97 - is this the right one? I got two texts.",
 "PASSWORD=88 41 97"),

("I'm on dialysis three times a week and have to cancel the trip. Booking ref HX77QP.",
 "SPECIAL_CATEGORY=dialysis"),

("The address on my insurance card is still my old one in Leiden. New one: Bernadottelaan 9, 3527 GA Utrecht.",
 "ADDRESS=Bernadottelaan 9;POSTCODE=3527 GA"),

("Your app shows someone else's name on my dashboard - Kwame Boateng! Is this a data leak?",
 "PERSON_NAME=Kwame Boateng"),

("Is your server at 185.12.40.7 down? The app can't connect since this morning.", ""),

("Key safe next to the front door, code 2207. The painter needs access on Friday.",
 "PASSWORD=2207"),

("I need a certificate of good conduct for a new job, but I have a criminal conviction from 2012 for shoplifting. Will that be a problem?",
 "SPECIAL_CATEGORY=criminal conviction"),

("Which account should I pay the deposit to? Your letter and the old contract list different numbers.", ""),

("Hi, my employer pays part of my commute. Can the invoices be addressed to the company? The name on my account is Mei Ling Chen.",
 "PERSON_NAME=Mei Ling Chen"),
]
