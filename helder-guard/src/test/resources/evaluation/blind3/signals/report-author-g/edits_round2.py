def rep(fn, old, new):
    s = open(fn, encoding='utf-8').read()
    assert s.count(old) == 1, (fn, old)
    open(fn, 'w', encoding='utf-8').write(s.replace(old, new))

rep('en.txt', "- | Can I keep my old number if I switch to you from another network?",
 "- | Hi, long story short: I'm a self-employed cleaner and I have two prepaid phones with another provider, one for work and one personal. I'd like to move both to you on one account but keep the numbers, and ideally have the work one invoiced to my business name for the tax office. Is that doable, and do I need my KvK number for it?")
rep('en.txt', "R | There's a strong smell of gas in our stairwell, who do I contact?",
 "R | Hello, I'm writing for my neighbour Mrs. Pinas, who doesn't use computers. She's 86, lives alone and has a stairlift and an electric hospital bed. She got a letter saying her electricity will be cut off on the 14th because of unpaid bills; her son normally handles her post but he's been in hospital for weeks. Can you please hold off and tell me what she needs to do?")
rep('en.txt', "C | Second appointment in a row that your fitter cancelled on the day. Not acceptable.",
 "C | I'm writing to express my dissatisfaction with how my move was handled. On 3 March one of your agents told me by phone that my loyalty discount would carry over to the new address. It didn't. When I called again I was told the first agent had made a mistake and nothing could be done. I've been with you eight years and I think it's reasonable to expect that what your staff promise is honoured. I'd like the discount applied retroactively.")
rep('en.txt', "C | Three weeks since I reported a broken streetlight on Vondelstraat, still dark every night. Disappointing.",
 "C | The bins on our street were skipped again this week. That's the third missed collection since September.")
rep('de.txt', "- | Kann meine Oma (85) eine Seniorenermäßigung für das Busabo bekommen?",
 "- | Guten Tag, ich wohne in Kleve und arbeite seit Januar in Nijmegen. Meine Krankenversicherung läuft bisher über die AOK, jetzt sagt mein Arbeitgeber, ich müsste evtl. in die niederländische Basisversicherung wechseln bzw. ein S1-Formular einreichen. Können Sie mir erklären, wie das bei Ihnen funktioniert und welche Unterlagen ich brauche?")
rep('de.txt', "C | Dreimal habe ich die defekte Straßenlaterne gemeldet, passiert ist nichts.",
 "C | Sehr geehrte Damen und Herren, seit wir im Oktober in die Wohnung in der Molenstraat eingezogen sind, schimmelt es im Badezimmer. Wir lüften täglich, trotzdem kommt der Schimmel immer wieder. Ihr Hausmeister war zweimal da, hat die Stelle überstrichen und gesagt, das sei normal. Das ist es nicht. Wir zahlen 1.150 € Miete und erwarten, dass die Ursache endlich behoben wird.")
rep('fr.txt', "R | J'ai reçu une lettre d'huissier pour une facture de téléphone que je n'arrive pas à payer.",
 "R | Bonjour, je vous écris pour ma mère, Mme Amrani, 78 ans. Depuis le décès de mon père en septembre, elle n'a plus que sa petite pension et les factures d'eau et d'électricité se sont accumulées. Elle a reçu hier une lettre d'huissier et elle ne dort plus. Elle ne parle pas néerlandais et moi j'habite à Lille. Qu'est-ce qu'on peut faire concrètement pour éviter une saisie ?")
rep('fr.txt', "- | Le tarif dynamique, c'est intéressant si je recharge ma voiture la nuit ?",
 "- | Bonsoir, nous sommes une famille belge (deux adultes, trois enfants) et nous partons trois semaines en Zélande en juillet. Est-ce que votre carte de transport pour touristes marche aussi sur les ferries, et est-ce qu'il existe un tarif famille ? Les enfants de moins de 4 ans voyagent gratuitement ? Merci d'avance.")
print('ok')
