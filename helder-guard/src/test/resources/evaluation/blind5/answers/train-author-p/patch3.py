# helper: third round (register variety, one EN de-duplication)
P = {
'nl.txt': {
"H ## Sorry voor de late reactie, ik zat even aan de lunch.": "H ## sorry, was ff weg, mn lunch werd koud 😅 je aanvraag voor de parkeervergunning is in behandeling ## -",
"C ## Opzeggen kan ook telefonisch of per brief": "C ## Ge kunt ook gewoon telefonisch opzeggen, hoor, als ge dat liever hebt. Ge krijgt altijd een bevestiging per mail of per post. ## Opzeggen kan online, per post of telefonisch. U ontvangt altijd een schriftelijke bevestiging.",
},
'en.txt': {
"B ## Speaking as someone who's worked here for ten years": "B ## I've worked in this call centre for ten years, so trust me when I say this: if you hang up without taking the retention offer, I'll never be able to get you this price again. ## Retention offers are available to all customers at any time before the contract ends.",
},
'de.txt': {
"C ## Einen Router müssen Sie bei uns nicht kaufen": "C ## Einen Router müssen Sie bei uns nicht kaufen, Sie können auch Ihr eigenes bzw. ein gebrauchtes Gerät anschließen. Die Zugangsdaten stehen in Ihrem Kundenkonto. ## Es gilt Routerfreiheit: Kunden dürfen ein eigenes Gerät anschließen. Die Zugangsdaten stehen im Kundenkonto.",
},
'fr.txt': {
"C ## slt ! ta commande est partie ce matin": "C ## slt ! ta commande est partie ce matin, tu devrais l'avoir demain 😊 si rien n'arrive, renvoie-moi ton numéro de commande stp ## Les commandes passées avant 22 h sont livrées le lendemain.",
},
}
for fn, R in P.items():
    L = open(fn).read().splitlines(); hit=set(); out=[]
    for l in L:
        for k,v in R.items():
            if l.startswith(k): l=v; hit.add(k)
        out.append(l)
    assert hit==set(R), (fn, set(R)-hit)
    open(fn,'w').write('\n'.join(out)+'\n')
print('ok')
