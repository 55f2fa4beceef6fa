import re
R={
"Is this chat run by a bot":"-\tquick one - if I write in English here, does it get translated for a Dutch colleague, or does the assistant understand English itself?",
"What time does the customer service":"-\tWhich number should I use for lost or stolen cards when I'm abroad? I'm going to Morocco for three weeks and want it saved in my phone before I leave.",
"Please don't call me, I'm in meetings":"-\tThe form says you'll phone to confirm the appointment. I'd rather you didn't, I work nights and sleep during the day. A text message would be perfect.",
"THREE WEEKS":"CF\tSo the engineer \"fixed\" the fibre box on Monday and by Wednesday it was dead again. I've had more downtime than uptime since October. Pathetic, really. Cheers for that.",
"Can the delivery driver ring me":"-\tWhen the courier brings the new modem, does someone need to sign for it? My teenage son will be home, he's 15.",
"I need a phone number for your head office":"-\tMy employer's onboarding form asks for 'bank contact phone number'. Which one do I put down, the general one?",
"No complaints at all, the installer was great":"-\tEverything went fine with the switch, no issues. How long until I see the first bill?",
"I've been overcharged on my final energy bill":"HC\tNo. I'm not accepting a €212 cancellation fee for a contract your own colleague told me I could end for free. Get me someone who can actually make a decision on this.",
"YOU CUT OFF OUR WATER":"RF\twait, the letter says you're disconnecting our gas on monday?? my husband is on home dialysis and it's 2 degrees outside. are you SERIOUS",
"Thanks so much!!! That solved it":"-\tYESSS it finally works!!! cheers mate",
"I'm writing on behalf of my client, Mr. Dijkstra":"R\tGood morning. As the court-appointed administrator (bewindvoerder) of Ms. Pinas, I'd like all correspondence about her outstanding balance sent to our office from now on. Could you also freeze the collection costs while we sort out her finances?",
"If the overpaid amount isn't refunded":"CR\tLast warning before I file with the Kifid. You rejected my travel claim on grounds that are not in the policy conditions, and I have the conditions right in front of me.",
"Seriously?? This is the 4th time":"F\tcould you NOT send me the FAQ link again, I've read it, it doesn't cover this",
"I'm not unhappy or anything, but why did my advance":"-\tHey, my monthly instalment went from €98 to €113. Is that because of the new gas price or because I used more last year?",
"Do you have someone who speaks Arabic":"-\tDo you offer letters in large print? My granddad is visually impaired and wants to keep managing his own account.",
"I'd like to cancel my subscription because I'm moving back":"-\tCan I pause my gym-style plan for 3 months while I'm travelling in Asia, or do I have to stop it completely?",
"ugh. forget it.":"F\tnvm. talking to you is pointless.",
"There's a cable hanging down":"R\tThe underpass under the station in Zaandam is flooding fast, there's a car stuck in it and the water is still rising. Who do I alert?",
"Out of interest, how many people work":"-\tIs it true you're closing the service desk in the Maastricht branch? My bank manager mentioned it in passing.",
"Hello, I'm a nurse at a hospice in Arnhem":"R\tHi, bit of a delicate one. I'm 79, live on my own in Apeldoorn and got a letter that the electricity will be switched off on the 12th because of an old debt from my late wife's account. I have a stairlift and an alarm button that need power. What can I do?",
}
L=open('src_en1.txt',encoding='utf-8').read().split('\n')+['SPLIT']+open('src_en2.txt',encoding='utf-8').read().split('\n')
used=set()
out=[]
for l in L:
    for k,v in R.items():
        if k in l: l=v; used.add(k); break
    out.append(l)
print(set(R)-used)
s='\n'.join(out).split('\nSPLIT\n')
open('src_en1.txt','w',encoding='utf-8').write(s[0]); open('src_en2.txt','w',encoding='utf-8').write(s[1])
