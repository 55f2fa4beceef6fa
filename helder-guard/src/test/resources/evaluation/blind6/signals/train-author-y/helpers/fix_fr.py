R={
"La rivière derrière notre maison à Valkenburg":"-\tMon fils fait son stage de fin d'études chez vous depuis septembre et il adore, merci ! Petite question : est-ce que les stagiaires ont droit à la réduction sur l'abonnement de train comme les employés, ou pas ?",
"Bonjour, j'ai vu votre annonce pour un poste de chauffeur":"-\tBonjour, la rivière à Valkenburg était très haute la semaine dernière. Rien chez nous heureusement, mais ça m'a fait réfléchir. Est-ce que votre assurance habitation couvre les inondations en principe, ou il faut une option ? Je compare avant de signer.",
"J'ai été débité deux fois pour le même trajet":"-\tJe vois deux débits pour le même trajet Amsterdam–Bruxelles du 14 novembre. L'un des deux est peut-être une pré-autorisation qui va disparaître ? Je voulais vérifier avant de m'inquiéter.",
"Le technicien a installé le nouveau compteur de travers":"-\tLe technicien a installé le nouveau compteur hier et depuis, la porte du placard ne ferme plus tout à fait. Est-ce que c'est à moi de raboter la porte ou quelqu'un doit repasser ? Ce n'est pas grave, c'est juste pour savoir.",
}
import glob
for f in ['src_fr1.txt','src_fr2.txt']:
    L=open(f,encoding='utf-8').read().split('\n')
    for i,l in enumerate(L):
        for k,v in R.items():
            if k in l: L[i]=v; print('ok',k[:30])
    open(f,'w',encoding='utf-8').write('\n'.join(L))
