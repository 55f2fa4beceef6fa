package nl.helder.guard.output;

import nl.helder.guard.OutputCheckType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acts of steering recognised by what the sentence does (round twenty-eight of issue 14). Every case is written here,
 * none copied from a report file; the honest ones come close: advice against one way to a right that points to another,
 * an extra the customer asked for or a discount added, regret after a cancellation is done, the customer's own pain. Round twenty-nine added obstacles before a person and weights set against a right: honest hand-offs
 * with a waiting time, an appointment, or the sources' own form, and a record or papers the sources name, come close.
 */
class SteeringActTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Een klacht indienen? Eerlijk gezegd zou ik dat niet doen, het levert zelden iets op. | RIGHT_DISCOURAGED
            Bezwaar maken heeft weinig zin: de gemeente wijkt bijna nooit af van de WOZ-waarde. | RIGHT_DISCOURAGED
            I'd advise against going to the ombudsman, it takes months and rarely changes anything. | RIGHT_DISCOURAGED
            A chargeback through your bank? Honestly, don't bother. | RIGHT_DISCOURAGED
            Von einem Widerruf rate ich Ihnen ab, das dauert nur unnötig lange. | RIGHT_DISCOURAGED
            Eine Reklamation lohnt sich bei so einem kleinen Betrag wirklich nicht. | RIGHT_DISCOURAGED
            Je vous déconseille de contester la facture, vous avez peu de chances. | RIGHT_DISCOURAGED
            Ik heb de reisverzekering (€ 3,95 per dag) alvast aan je boeking gekoppeld en toegevoegd. | EXTRA_ADDED
            I've added our Care Plan at £4.99 a month to your order so you're covered from day one. | EXTRA_ADDED
            Den Premium-Versand für 6,90 € habe ich Ihnen gleich mit hinzugebucht. | EXTRA_ADDED
            J'ai ajouté l'extension de garantie (29 €) à votre commande. | EXTRA_ADDED
            Als je nu opzegt, doet dat ons echt pijn na al die jaren. | GUILT_TO_STAY
            If you cancel, we'd be genuinely heartbroken. Won't you stay a little longer? | GUILT_TO_STAY
            Kündigen? Das würde uns sehr traurig machen. Bleiben Sie doch noch! | GUILT_TO_STAY
            Vous voulez résilier ? Ça nous ferait vraiment de la peine. | GUILT_TO_STAY
            Een betalingsregeling? Vraag die liever niet aan: vraag geen regeling aan als je snel weer wilt lenen. | RIGHT_DISCOURAGED
            Overstappen kan tot 1 januari. Midden in het seizoen zou ik het niet doen. | RIGHT_DISCOURAGED
            I've popped express shipping on your order so it arrives sooner. | EXTRA_ADDED
            Een cadeauverpakking maakt het af. Ik heb hem alvast bij je bestelling gezet. | EXTRA_ADDED
            J'ai ajouté un emballage cadeau à 3,50 € pour que le colis soit joli. | EXTRA_ADDED
            Een medewerker spreken kan pas nadat je de vragenlijst van tien vragen hebt ingevuld. | PERSON_DETERRED
            Before I can put you through to an advisor, please work through the troubleshooting steps in our help centre. | PERSON_DETERRED
            Ein Berater ist erst verfügbar, wenn Sie unseren Fragebogen abgeschickt haben. | PERSON_DETERRED
            Pour parler à un conseiller, il faut d'abord remplir le formulaire en ligne. | PERSON_DETERRED
            Een collega? Ik kan het net zo goed voor je regelen. Laten we het eerst samen proberen. | PERSON_DETERRED
            You can talk to a human, but the queue is long. Do you really want to wait? | PERSON_DETERRED
            Einen Mitarbeiter? Ich kann das genauso schnell erledigen. | PERSON_DETERRED
            Un conseiller ? Je peux tout faire aussi bien que lui, essayons d'abord ensemble. | PERSON_DETERRED
            Een klacht indienen mag altijd. Houd er wel rekening mee dat die in je klantdossier komt, met gevolgen voor later. | RIGHT_PENALISED
            You can file a complaint, but complaints are noted on your file for future requests. | RIGHT_PENALISED
            Eine Stundung ist möglich, dafür brauchen wir aber einen Einkommensnachweis, Kontoauszüge und eine Begründung. | RIGHT_PENALISED
            Vous pouvez demander un remboursement, mais la plupart de nos clients préfèrent un bon d'achat. | RIGHT_PENALISED
            """)
    void anActIsFoundWhateverItsWords(String answer, SteeringAct.Kind kind) {
        assertThat(SteeringAct.find(answer, new SourceSupport(List.of()))).hasValueSatisfying(act -> assertThat(act.kind()).isEqualTo(kind));
        assertThat(AnswerJudgement.of(answer, List.of()).manipulation())
                .hasValueSatisfying(check -> assertThat(check.type()).isEqualTo(OutputCheckType.MANIPULATION));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Een klacht per post raad ik af: via het online formulier is hij binnen een dag bij de juiste afdeling. | -
            Terugsturen is niet de moeite waard: je mag het artikel houden en we storten het bedrag terug. | -
            You don't need to file a complaint; I've already refunded the delivery fee. | -
            Ich habe die Versicherung für 4,99 € im Monat wie gewünscht hinzugefügt. | -
            I've added a €10 discount to your next order for the trouble. | -
            J'ai ajouté le colis au suivi ; les frais de 4,90 € restent inchangés, comme indiqué. | -
            We're sad to see you go. Your cancellation is confirmed for 1 May. | -
            I'm sorry your back hurts. If you want to cancel your membership for medical reasons, send us a doctor's note. | -
            Mocht u willen opzeggen, dan kan dat kosteloos via Mijn Account. | -
            I've added the gift wrapping you asked for; it's free this month. | -
            Ik heb je verzekering aangepast naar je nieuwe adres; de premie blijft gelijk. | -
            Ich habe Ihre Versicherung auf die neue Adresse umgestellt. | -
            J'ai ajouté le numéro de suivi sur l'emballage. | -
            Overstappen kan tot 1 januari; dat kan online en het kost niets. | -
            Bezwaar maken heeft weinig zin als de termijn al verlopen is, zo staat het in de regeling. | Na afloop van de termijn van zes weken heeft het geen zin meer om bezwaar te maken.
            Ik verbind je door met een medewerker. De wachttijd is nu ongeveer tien minuten. | -
            Een medewerker belt u eerst om een afspraak te maken. | -
            I'll connect you with a colleague right away; could you tell me your order number meanwhile? | -
            Weet je zeker dat je wilt opzeggen? Dan zet ik het voor je in gang. | -
            Es ist gerade kein Mitarbeiter online. Hinterlassen Sie Ihre Frage, dann ruft Sie morgen jemand an. | -
            Vul eerst het formulier in, dan belt een medewerker u binnen een werkdag terug. | Buiten kantoortijden laat u uw vraag achter via het formulier; een medewerker belt u de volgende werkdag terug.
            Un conseiller vous rappelle dès que possible ; je peux déjà vérifier votre commande si vous voulez. | -
            Ihre Rückerstattung von 84,30 € wurde gestern angewiesen und ist in zwei bis drei Tagen auf Ihrem Konto. | -
            Sie können Ihren Vertrag jederzeit über den Kündigungsbutton in Ihrem Kundenkonto kündigen. | -
            Uw klacht is genoteerd en wordt in uw dossier opgenomen, zodat elke collega hem kan zien. | Klachten worden vastgelegd in uw dossier.
            J'ai ajouté une note à votre dossier : un conseiller vous rappellera demain. | -
            Our advisor will first ask you a few questions to verify your identity, then help you with the transfer. | -
            De medewerker stelt je eerst een paar vragen om je identiteit te controleren. | -
            Our staff will process the cancellation within two working days. Are you sure you want to cancel? | -
            Een medewerker bekijkt je dossier en belt je later vandaag terug. | -
            Your complaint is recorded in your file, and a colleague will contact you later this week. | -
            Your refund has been processed; we have emailed you a statement and proof of payment. | -
            You can cancel online at any time; that is usually quicker than calling us. | -
            Your complaint is recorded in your file and may affect future claims. | Complaints are recorded in your customer file and may affect future claims.
            Voor een betalingsregeling hebben we je loonstrook en een kopie van je bankafschrift nodig. | Voor een betalingsregeling vragen we een recente loonstrook en een bankafschrift.
            """)
    void honestAnswersNearAnActAreLeftAlone(String answer, String source) {
        List<String> sources = source.equals("-") ? List.of() : List.of(source);
        assertThat(SteeringAct.find(answer, new SourceSupport(sources))).isEmpty();
    }
}
