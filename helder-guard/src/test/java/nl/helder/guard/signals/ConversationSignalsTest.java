package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationSignalsTest {

    private final ConversationSignals signals = new ConversationSignals();

    /** A compound means what its head means ({@code *word} in the concept file), after a first part of three letters or more. */
    @Test
    void aCompoundIsReadByItsHead() {
        Lexicon lexicon = Lexicon.standard();
        assertThat(lexicon.concepts("inbraakschade") & Concept.DAMAGE.bit()).isNotZero();
        assertThat(lexicon.concepts("jahresabrechnung") & Concept.BILL.bit()).isNotZero();
        assertThat(lexicon.concepts("servicemitarbeiterin") & Concept.PERSON.bit()).isNotZero();
        assertThat(lexicon.concepts("zomerstageplek") & Concept.JOB.bit()).isNotZero();
        assertThat(lexicon.concepts("stageplek") & Concept.JOB.bit()).as("the head alone is a word of its own").isNotZero();
        assertThat(lexicon.concepts("abschaden") & Concept.DAMAGE.bit()).as("a first part of two letters is none").isZero();
        assertThat(lexicon.concepts("griepklachten") & Concept.COMPLAINT_WORD.bit()).as("symptoms, not complaints").isZero();
        assertThat(lexicon.concepts("bankrekening") & Concept.BILL.bit()).as("an account, not a bill").isZero();
        assertThat(new ConversationSignals().detect("Die Jahresabrechnung ist falsch.")).contains(Signal.COMPLAINT);
    }

    /**
     * A promise is broken when the time gone by is at least a day and more than the promise gave; the rules read the
     * rest as no complaint. (The model, trained on broken promises, may still lean to a complaint: it is the rules'
     * judgement that is tested here.)
     */
    @Test
    void aPromiseIsBrokenOnlyWhenMoreTimeHasGoneByThanItGave() {
        assertThat(rules("I was promised a call within 24 hours, that was 2 hours ago.")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("Mir wurde ein Rückruf versprochen. Ich habe inzwischen die Zählernummer gefunden.")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("Ze hebben beloofd dat ik binnen een week bericht krijg, dat was twee dagen geleden.")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("My mother was promised a call-back tomorrow; can you call her on this number?")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("I was promised a call-back within 24 hours. That was a week ago.")).contains(Signal.COMPLAINT);
        assertThat(rules("Ze hebben beloofd dat ik binnen vijf werkdagen bericht krijg, we zijn nu drie weken verder.")).contains(Signal.COMPLAINT);
        assertThat(rules("Mir wurde ein Rückruf versprochen. Das ist jetzt zwei Wochen her.")).contains(Signal.COMPLAINT);
        // the second review: "verder", "vorbei", "passée" are no time gone by without a word of now; "her" only right after the unit
        assertThat(rules("De medewerker heeft beloofd dat we volgende week verder gaan met de aanvraag.")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("Der Monteur hat versprochen, er schaut nächste Woche vorbei.")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("On m'a promis la semaine passée un rappel pour aujourd'hui, c'est bon ?")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("You promised to send my daughter a new card within a week for her birthday.")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("Ze hebben binnen 72 uur een monteur beloofd, dat was twee dagen geleden.")).doesNotContain(Signal.COMPLAINT);
        assertThat(rules("You promised a refund within 2 days. That was 3 days ago.")).contains(Signal.COMPLAINT);
        assertThat(rules("On m'avait promis un technicien, trois semaines sont passées.")).contains(Signal.COMPLAINT);
    }

    /** Short messages with a person word and a "no" or a statement are no request by the rules (the model may differ). */
    @Test
    void aShortStatementAboutStaffIsNoRequest() {
        assertThat(rules("Medewerker? Nee, stop maar.")).doesNotContain(Signal.HUMAN_REQUEST);
        assertThat(rules("Stop met die medewerker.")).doesNotContain(Signal.HUMAN_REQUEST);
        assertThat(rules("Medewerker, nu meteen.")).contains(Signal.HUMAN_REQUEST);
    }

    /** Round nine: what a request for a person is and is not, each in a phrasing the train files A9 and B9 showed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a person word as a sentence of its own, or asked for with a verb of asking
            "pff daar gaan we weer. medewerker. MEDEWERKER.|true",
            "Ça fait 4 fois que j'explique que le compteur est faux !!! Un conseiller, vite.|true",
            "ik vraag nu voor de 4e keer om een medewerker!!!|true",
            "I have asked for a human three times now|true",
            "haha next I'll be asking for a human 😄 anyway, where do I find my contract number?|false",
            "Medewerker? Nee, stop maar.|false",
            // a call-back asked for, not told as done or promised
            "Ik wil graag teruggebeld worden.|true",
            "Ze heeft me gisteren nog teruggebeld, heel fijn.|false",
            "Mij is beloofd dat ik binnen 48 uur zou worden teruggebeld. Dat is niet gebeurd.|false",
            "Pas besoin de me rappeler, je préfère continuer ici.|false",
            // calling: not on someone's behalf, not a name, not asking for hours
            "Kan mijn dochter voortaan namens mij bellen?|false",
            "Bonjour, je m'appelle Yasmine et je cherche une place d'apprentissage.|false",
            "Tot hoe laat kan ik jullie vandaag bellen?|false",
            "Kan ik u bellen over mijn factuur?|true",
            // asking who: a question word, not a relative pronoun; not an emergency; not reporting
            "À qui puis-je parler de ma facture ?|true",
            "Pourquoi c'est vous qui avez annulé le rendez-vous ?|false",
            "Ik ruik gas in de portiek, wie moet ik bellen?|false",
            "Meine Schwiegermutter ist verstorben. Wie melden wir das?|false",
            // English "will", a story on the phone, a word one edit from "agent"
            "Will the staff there move to another branch?|false",
            "Ich will einen Mitarbeiter sprechen.|true",
            "Uw medewerkster aan de telefoon was gisteren onvriendelijk. Ik wil dat dit besproken wordt.|false",
            "C'est la deuxième fois que ma carte est refusée alors qu'il y a de l'argent sur le compte.|false",
            "Can the plumber ring me before he arrives?|false",
            // sending someone, a colleague, a leader, flesh and blood
            "Die Heizung ist seit zehn Tagen kaputt. Schicken Sie endlich jemanden vorbei.|true",
            "I don't think you can help me with this one. Can you pass me to a colleague?|true",
            "Meine Beschwerde wurde ignoriert. Ich bitte um ein Gespräch mit einer Führungskraft.|true",
            "Schluss mit dem Gelaber hier, gebt mir endlich jemanden aus Fleisch und Blut!!|true",
            "Kan ik mijn abonnement overzetten op naam van mijn partner?|false",
            "Ich habe gestern mit Herrn Peters telefoniert, er sagte es sei erledigt.|false",
            // round nine's code review: call-backs asked for plainly, the bank's own adviser, German word order, "au nom"
            "I want a callback please.|true",
            "Can I have a callback?|true",
            "Ich habe eine Frage. Bitte um Rückruf.|true",
            "Ik heb een storing. Graag een terugbelverzoek.|true",
            "Je voudrais parler à mon conseiller.|true",
            "Jetzt will ich endlich einen Menschen.|true",
            "Mon nom : Dupont. Appelez-moi au 0612345678.|true",
            "Pouvez-vous m'appeler pour installer ma box internet ?|true",
            "Ik ben overdag niet bereikbaar, mag ik u vanavond bellen?|true",
            "Can someone send me the invoice again?|false",
            "We sturen iemand langs om de meter op te halen, klopt dat?|false",
            "Vorige keer vroeg ik om een medewerker en toen duurde het twee uur.|false",
            "The payment was put through twice and I want a refund.|false",
            "Ich möchte einen Ihrer Tarife buchen.|false"})
    void whatAsksForAPersonAndWhatDoesNot(String text, boolean asks) {
        assertThat(rules(text).contains(Signal.HUMAN_REQUEST)).as(text).isEqualTo(asks);
    }

    /** Round nine: a customer who says outright that nothing is at stake raises no high-risk matter; one who does, still does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ik zag op tv dat energiebedrijven klanten met schulden moeten helpen. Ik heb zelf geen achterstand.|false",
            "Ik heb schulden en kan de rekening niet betalen.|true",
            "Hoe lang duurt een schademelding? Ik heb niks te melden, ben alleen aan het vergelijken.|false",
            "Hoe lang duurt mijn schademelding nog?|true",
            "Mijn zoon heeft een ongeluk gehad maar het gaat alweer goed met hem. Kan hij op de polis blijven?|false",
            "Mijn zoon heeft een ongeluk gehad. Wat moet ik doen?|true",
            // a denial never hides a crisis
            "Ik heb zelf geen achterstand, maar mijn buurvrouw wil zelfmoord plegen.|true"})
    void sayingNothingIsAtStakeIsNoHighRiskMatter(String text, boolean highRisk) {
        assertThat(rules(text).contains(Signal.HIGH_RISK_TOPIC)).as(text).isEqualTo(highRisk);
    }

    /**
     * Round twenty-five: eligibility for benefits or an essential service, which the brief names, is a high-risk matter;
     * a discount, a number kept or a payment date is not, nor a question asked in general.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Heb ik nog recht op huurtoeslag als ik ga samenwonen?|true",
            "Kom ik in aanmerking voor kwijtschelding van de afvalstoffenheffing?|true",
            "Verlies ik mijn uitkering als ik een paar uur ga werken?|true",
            "Am I entitled to a pension from you if I worked there for three years?|true",
            "Do I qualify for the social tariff on my energy bill?|true",
            "Habe ich Anspruch auf Wohngeld, wenn ich in Teilzeit arbeite?|true",
            "Est-ce que j'ai droit aux allocations si je reprends mes études ?|true",
            "Je peux garder ma bourse d'études si je redouble ?|true",
            "Puis-je garder mes actions en bourse si je ferme mon compte ?|false",
            "Do I keep my data allowance if I switch to SIM-only?|false",
            "Heb ik recht op seniorenkorting nu ik met pensioen ben?|false",
            "Heb ik recht op korting als ik student ben?|false",
            "Can I keep my old phone number when I switch?|false",
            "Wanneer wordt mijn pensioen uitbetaald?|false",
            "Darf ich den Rabatt behalten, wenn ich den Tarif wechsle?|false",
            "Will I lose my member benefits if I pause my subscription?|false",
            "Keep in mind that the pension fund closes at five.|false",
            "In het algemeen: wie komt in aanmerking voor een toeslag? Het is voor een werkstuk.|false"})
    void eligibilityForSupportIsAHighRiskMatter(String text, boolean highRisk) {
        assertThat(rules(text).contains(Signal.HIGH_RISK_TOPIC)).as(text).isEqualTo(highRisk);
    }

    /** Round twenty-five: a death told as "gone" after a relative, in the words children use too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sinds mama er niet meer is, staat het contract nog op haar naam.|true",
            "Mijn opa is er niet meer, wat moet ik met zijn abonnement?|true",
            "My grandma is no longer with us, how do I close her account?|true",
            "I lost my grandpa last month and his phone contract is still running.|true",
            "Unser Vati ist nicht mehr unter uns. Wie kündige ich seinen Vertrag?|true",
            "Mon père n'est plus là depuis mars, que faire de son compteur ?|true",
            "Mijn vrouw kan er niet meer tegen dat de wifi steeds uitvalt.|false",
            "My son passed his driving test, can he be added to the policy?|false",
            "My daughter is gone for the weekend, can I sign for her parcel?|false",
            "Ma box n'est plus là où elle était, quelqu'un l'a déplacée.|false",
            "Maman a perdu sa carte bancaire, pouvez-vous la bloquer ?|false",
            "Het modem van mijn zoon is er niet meer, kan ik een nieuw krijgen?|false",
            "Mijn vader is er niet meer aan toegekomen om op te zeggen.|false",
            "Papa hat Geld verloren, als er die Rechnung bezahlt hat.|false",
            "I lost my grandma's parcel slip, can you resend it?|false",
            "My dad lost his bank card yesterday.|false",
            "J'ai perdu ma mère en mai, je voudrais résilier son contrat.|true",
            "Ik ben vorig jaar mijn vrouw verloren.|true"})
    void aDeathToldAsGoneIsAHighRiskMatter(String text, boolean highRisk) {
        assertThat(rules(text).contains(Signal.HIGH_RISK_TOPIC)).as(text).isEqualTo(highRisk);
    }

    /** Round twenty-five: an eviction told with the verb apart from where to; not a bot or a sofa put out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ze zetten ons volgende maand uit huis en ik moet mijn internet verhuizen|true",
            "Die Vermieterin setzt uns im Mai auf die Straße.|true",
            "Ils nous mettent à la porte le mois prochain, que faire de mon contrat ?|true",
            "The landlord is putting us out on the street in June.|true",
            "Your app keeps kicking me out of the chat.|false",
            "Can you put the sofa out on the street for collection?|false",
            "Zet mij maar uit de nieuwsbrief.|false",
            "We lopen elke avond met ons hondje op straat, mag de hond mee in de winkel?|false"})
    void anEvictionToldApartIsAHighRiskMatter(String text, boolean highRisk) {
        assertThat(rules(text).contains(Signal.HIGH_RISK_TOPIC)).as(text).isEqualTo(highRisk);
    }

    /** Round nine: a threat to leave is a complaint; a plain wish or question about cancelling, or moving to us, is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Si rien n'est fait d'ici la fin du mois, je résilie mon abonnement.|true",
            "Wenn das Problem bis Monatsende nicht gelöst ist, kündige ich meinen Vertrag.|true",
            "I'm seriously considering cancelling my subscription.|true",
            "Ik overweeg mijn abonnement op te zeggen.|true",
            "Los het op, anders zeg ik op.|true",
            "Nog één fout en ik zeg alles op.|true",
            "Ik wil mijn abonnement opzeggen per 1 maart.|false",
            "Als het niet werkt, kan ik dan opzeggen?|false",
            "What happens if I don't cancel before the first?|false",
            "Nog een vraag: ik zeg mijn contract op per 1 mei.|false",
            "If the technician can't come on Tuesday I will cancel the appointment.|false",
            "Als de prijs niet stijgt, stap ik over naar jullie.|false",
            "Als het niet bevalt, zeg je toch gewoon op?|false",
            "ik typ nu in hoofdletters omdat je het anders niet snapt: OPZEGGEN|false"})
    void aThreatToLeaveIsAComplaint(String text, boolean complaint) {
        assertThat(rules(text).contains(Signal.COMPLAINT)).as(text).isEqualTo(complaint);
    }

    /** A salutation or a signature is no request for a person, though it may be a person word on a line of its own. */
    @Test
    void aSalutationOrASignatureIsNoRequest() {
        assertThat(rules("Klantenservice,\nmijn factuur klopt niet.")).doesNotContain(Signal.HUMAN_REQUEST);
        assertThat(rules("Mijn factuur klopt niet.\nMet vriendelijke groet,\nPiet Jansen\nManager")).doesNotContain(Signal.HUMAN_REQUEST);
        assertThat(rules("pff daar gaan we weer. medewerker. MEDEWERKER.")).contains(Signal.HUMAN_REQUEST);
    }

    /** Round nine: high-risk matters told in other words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bij de buren boven is een lekkage en het water loopt nu langs mijn plafondlamp.|true",
            "There's water coming through the electrical sockets and I don't know what to do|true",
            "Wir hatten einen Brand in der Garage. Kann mich ein Schadenregulierer anrufen?|true",
            "Ich habe mich vor drei Wochen als Lagerist beworben.|true",
            "Hi, I'm sorting out my late grandmother's affairs. What do you need from me to close it?|true",
            "ik zie het eigenlijk niet meer zitten allemaal|true",
            "Moin, mir droht die Sperrung des Gasanschlusses.|true",
            "Ik krijg het niet meer rond met alle rekeningen.|true",
            "Mein Vater ist verstorben, sein Handy- und Internetvertrag muss gekündigt werden.|true",
            "There's nothing wrong with the meter, but my mother relies on an oxygen concentrator.|true",
            "Gilt meine Haftpflichtversicherung auch in den Niederlanden?|false",
            "Het water in de kelder is weg en de meterkast is droog.|false",
            "Mijn telefoonlijn is dood sinds gisteren.|false",
            "Ich habe meine Sendung verfolgt, sie liegt in Venlo.|false",
            "Het heeft geen zin meer om te bellen, ik probeer het via de chat.|false",
            "De straat is opengebroken voor de glasvezel.|false",
            "I applied for a new meter last month, when will it come?|false",
            "Der Tarif wurde mit 20 Prozent Rabatt beworben.|false"})
    void highRiskMattersToldInOtherWords(String text, boolean highRisk) {
        assertThat(rules(text).contains(Signal.HIGH_RISK_TOPIC)).as(text).isEqualTo(highRisk);
    }

    /** Round nine's independent review: messages that broke the first version of round nine's rules, as the rules now read them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Si le compteur ne marche pas, faut-il changer les piles ?|-",
            "If I'm not at home, please leave the parcel at the door.|-",
            "Als de meter niet werkt, zeg ik het dan via de app?|-",
            "Als jullie dit niet oplossen, stap ik over naar Vattenfall.|COMPLAINT",
            "Nog één fout en ik zeg alles op.|COMPLAINT",
            "I already asked the agent on the phone and she said it was fine.|-",
            "Qui a relevé le compteur ? Personne.|-",
            "Mensch! Endlich funktioniert es wieder.|-",
            "Can I send someone else to collect the parcel?|-",
            "My colleague told me to contact you about this.|-",
            "Können Sie meine Zählerstände an den Netzbetreiber weiterreichen?|-",
            "On m'a rappelé hier, c'est réglé.|-",
            "Arrêtez ça et rappelez-moi.|HUMAN_REQUEST",
            "Can I call you about the open invoice?|HUMAN_REQUEST",
            "Bonjour, j'espère que tout va bien. Mon mari est sous assistance respiratoire.|HIGH_RISK_TOPIC",
            "Mijn telefoonlijn is dood sinds gisteren.|-",
            "Le chauffe-eau électrique fait du bruit.|-",
            "In the worst case, how long will the outage last?|-"})
    void whatRoundNinesReviewBroke(String text, String expected) {
        Set<Signal> wanted = expected.equals("-") ? EnumSet.noneOf(Signal.class) : EnumSet.of(Signal.valueOf(expected));
        assertThat(rules(text)).as(text).isEqualTo(wanted);
    }

    @Test
    void aStretchOfTimeIsItsNumberTimesItsUnit() {
        assertThat(Promises.count("72")).isEqualTo(72);
        assertThat(Promises.count("drei")).isEqualTo(3);
        assertThat(Promises.count("een")).isEqualTo(1);
        assertThat(Promises.unitHours("werkdagen")).isEqualTo(24);
        assertThat(Promises.unitHours("wochen")).isEqualTo(168);
        assertThat(Promises.unitHours("minutes")).isEqualTo(1.0 / 60);
        assertThat(Promises.unitHours("weekend")).isZero();
    }

    /** Capitals: a long shouted opening before a colon is no heading; a heading's and acronyms' letters are no shouting share. */
    @Test
    void headingsAndAcronymsAreNoShoutingButALongShoutedOpeningIs() {
        assertThat(rules("WAAROM DUURT DIT ZO LANG: ik wacht al weken")).contains(Signal.FRUSTRATION);
        assertThat(rules("ACHTUNG: Ok")).doesNotContain(Signal.FRUSTRATION);
        assertThat(rules("BSN BRP")).doesNotContain(Signal.FRUSTRATION);
        assertThat(rules("Waarom duurt dit zo lang?? 🙂")).contains(Signal.FRUSTRATION);
        assertThat(rules("Waarom duurt dit zo lang?? 😊")).as("a happy face takes away '!!' only").contains(Signal.FRUSTRATION);
        assertThat(rules("Yes het is gelukt!! 😊")).doesNotContain(Signal.FRUSTRATION);
        assertThat(rules("GVD waar blijft mijn pakket")).contains(Signal.FRUSTRATION);
    }

    @Test
    void aCompoundHeadMustBeFourLettersAtLeast() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.parse("BILL: *nota *fee")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.parse("BILL: *x*")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Lexicon.parse("BILL: *nota").concepts("beleidsnota") & Concept.BILL.bit()).isNotZero();
    }

    private static Set<Signal> rules(String text) {
        return ConversationSignals.rules(TaggedMessage.of(text, Lexicon.standard()));
    }

    /**
     * The model adds a request for a person only where the customer asks; a story about staff is no request. (Trained
     * on round six's first batch, the model alone gave this story 0.95; on the second, 0.89.)
     */
    @Test
    void theModelAddsARequestForAPersonOnlyWhereSomethingIsAsked() {
        TaggedMessage story = TaggedMessage.of("Ik had gisteren een gesprek met een medewerker over mijn contract.", Lexicon.standard());
        assertThat(SignalModel.admits(Signal.HUMAN_REQUEST, story)).isFalse();
        assertThat(SignalModel.admits(Signal.COMPLAINT, story)).isTrue();
        assertThat(SignalModel.admits(Signal.HUMAN_REQUEST, TaggedMessage.of("Een medewerker graag.", Lexicon.standard()))).isTrue();
        assertThat(SignalModel.admits(Signal.HUMAN_REQUEST, TaggedMessage.of("medewerker", Lexicon.standard()))).isTrue();
        assertThat(SignalModel.admits(Signal.HUMAN_REQUEST, TaggedMessage.of("Krijg ik dan een medewerker van jullie aan de lijn?", Lexicon.standard()))).isTrue();
        assertThat(new ConversationSignals().detect(story.raw())).doesNotContain(Signal.HUMAN_REQUEST);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "mag ik een mens|HUMAN_REQUEST",
            "medewerkr aub|HUMAN_REQUEST",
            "Mitarbeiter sprechen|HUMAN_REQUEST",
            "parler à un conseiller|HUMAN_REQUEST",
            "kunt u mij doorverbinden|HUMAN_REQUEST",
            "de medewerker was onvriendelijk|COMPLAINT",
            "Kan een medewerker de kast ook monteren?|-",
            "moet ik thuis zijn of kan iemand anders tekenen?|-",
            "Hierbij stel ik u in gebreke|COMPLAINT",
            "Mijn stroom wordt afgesloten|HIGH_RISK_TOPIC",
            "Ik wil mijn account afsluiten|-",
            "mijn moeder is vorige week overleden|HIGH_RISK_TOPIC",
            "de plant is overleden, haha|-",
            "WAT EEN MOOIE BANK|-",
            "WAAROM IS MIJN PAKKET NOG NIET BEZORGD|FRUSTRATION",
            "useless!!! get me a human|HUMAN_REQUEST,FRUSTRATION",
            // call-backs in four languages, and their negations
            "kunt u mij morgen terugbellen|HUMAN_REQUEST",
            "can I get a call back|HUMAN_REQUEST",
            "kann mich jemand zurückrufen|HUMAN_REQUEST",
            "pouvez-vous me rappeler|HUMAN_REQUEST",
            "bel me alsjeblieft niet, mail is prima|-",
            "please don't call me, email is fine|-",
            "bitte nicht anrufen, E-Mail reicht|-",
            "ne m'appelez pas, je préfère les mails|-",
            "can the courier call me before arriving?|-",
            // questions about the assistant or staff are not requests
            "Praat ik met een mens?|-",
            "does an employee read this chat?|-",
            // complaints without the word, and "no complaints"
            "schon wieder eine falsche Rechnung|COMPLAINT",
            "third time my order arrived damaged|COMPLAINT",
            "geen klacht hoor, alleen een vraag|-",
            "aucune plainte, juste une question|-",
            // high-risk matters by their cause
            "ik ben mijn baan kwijt en kan de rekening niet meer betalen|HIGH_RISK_TOPIC",
            "je souhaite postuler pour le poste de vendeur|HIGH_RISK_TOPIC",
            "my phone battery died again|-",
            // frustration
            "ich habe es dir schon dreimal erklärt|FRUSTRATION",
            "Merci beaucoup !!! trop bien|-",
            "Het werkt weer!! 🎉|-",
            // the second review (review6-code)
            "De medewerker komt nu direct.|-",
            "Mitarbeiter kommt jetzt gleich.|-",
            "Mijn vader is rolstoelafhankelijk, kunnen jullie de afspraak thuis doen?|HIGH_RISK_TOPIC",
            "Mijn zoon is blind en heeft epilepsie, hij kan niet alleen zijn|HIGH_RISK_TOPIC",
            "Menschlicher Ansprechpartner. Sofort.|HUMAN_REQUEST",
            "Stop with the bot. Human. NOW.|HUMAN_REQUEST,FRUSTRATION",
            "Medewerker, nu meteen.|HUMAN_REQUEST",
            "Bij ons komt er rook uit de meterkast, wat moet ik doen?|HIGH_RISK_TOPIC",
            "Im Keller ist ein Rohr geplatzt und das Wasser steigt|HIGH_RISK_TOPIC",
            "Un tuyau a éclaté dans la cuisine, ça coule partout|HIGH_RISK_TOPIC",
            "Mijn buurman rookt op het balkon, mag dat?|-",
            // an independent review of round six's rules (review6): compounds that are none, promises kept, faces, care
            "Ik ben verkouden en heb griepklachten, kan de afspraak verzet worden?|-",
            "Was bedeutet Selbstverschulden in Ihren Bedingungen?|-",
            "Im Boiler sind Kalkrückstände, muss ich den entkalken?|-",
            "Jullie hebben een grote werkachterstand bij de vergunningen, wanneer is die van mij aan de beurt?|-",
            "Nach dem Wintereinbruch ist die Straße glatt, fährt der Bus trotzdem?|-",
            "Backstage passes for the concert, are they included in the ticket?|-",
            "Mijn bankrekening is veranderd, het oude nummer klopt niet meer.|-",
            "My mother was promised a call-back tomorrow; can you call her on this number?|-",
            "Le technicien m'a promis qu'il passe jeudi, c'est toujours d'accord ?|-",
            "IK WACHT AL DRIE WEKEN OP MIJN GELD!!! 👍|COMPLAINT,FRUSTRATION",
            "Mijn moeder is blind en volledig hulpbehoevend, ze woont alleen.|HIGH_RISK_TOPIC",
            "Ik ben gehandicapt en heb een traplift, de stroom valt steeds uit.|HIGH_RISK_TOPIC",
            "Ich hatte gestern mit einem Mitarbeiter über meinen Tarif gesprochen.|-",
            "Mir wurde ein Rückruf versprochen. Das ist jetzt zwei Wochen her.|COMPLAINT",
            "Mij werd beloofd dat de monteur binnen een week kwam, we zijn nu een maand verder.|COMPLAINT",
            "U heeft beloofd dat de monteur vóór 12 uur komt, klopt dat nog?|-",
            "Ik ben slechtziend, kunt u de brieven voortaan digitaal sturen?|-",
            "Ich sitze im Rollstuhl: gibt es an Ihrer Filiale eine Rampe?|-",
            "Mijn moeder is slechtziend en afhankelijk van haar alarmknop, sluit de telefoon niet af|HIGH_RISK_TOPIC",
            "I'm blind and rely on my screen reader, the power must stay on|HIGH_RISK_TOPIC",
            "Wat kost een keuring bij de RDW?|-",
            "BELANGRIJK: mijn adres is veranderd per 1 mei.|-",
            "Waarom krijg ik NIKS terug van jullie, BELANGRIJK: ik wacht al weken|COMPLAINT,FRUSTRATION",
            // round three: a negation stays in its sentence; a preference is a wish
            "Ihre Jahresabrechnung ist falsch. Bitte leiten Sie mich an einen Sachbearbeiter weiter.|HUMAN_REQUEST,COMPLAINT",
            "i would rather talk to a real person|HUMAN_REQUEST",
            // a vacancy needs an application; a filler is no general question
            "Hebben jullie vacatures in de regio Breda?|-",
            "Ik wil reageren op de vacature van klantadviseur.|HIGH_RISK_TOPIC",
            "I just want to know when my insurance claim will be paid.|HIGH_RISK_TOPIC",
            "Mijn man is overleden. Ik wil het alleen weten: moet ik zijn abonnement opzeggen?|HIGH_RISK_TOPIC",
            // emergencies, dispute bodies, expectations, leaving
            "Es riecht im Keller stark nach Gas!|HIGH_RISK_TOPIC",
            "The water is still rising in our basement.|HIGH_RISK_TOPIC",
            "Als dit niet binnen een week is opgelost, stap ik naar de Geschillencommissie.|COMPLAINT,HIGH_RISK_TOPIC",
            "De kwaliteit valt zwaar tegen voor die prijs.|COMPLAINT",
            "Thinking of switching providers, my internet drops every evening.|COMPLAINT",
            "Votre technicien est reparti sans rien réparer.|COMPLAINT",
            // neutral messages an independent review found the first round-three vocabulary firing on
            "De energieprijzen gaan door het dak.|-",
            "My monthly premium keeps rising, why?|-",
            "Er zit een kabel los bij mijn modem.|-",
            "Is er iets aan te doen dat de app zo traag is?|-",
            "I'll switch to paperless billing, where do I do that?|-",
            "Wie wechsle ich meinen Tarif?|-",
            "Bonjour madame|-",
            "Ich habe gestern mit Herrn Peters telefoniert, er sagte es sei erledigt.|-",
            "Leiten Sie mich bitte zum Online-Formular.|-",
            "The agent told me to go through the app.|-",
            "Ik had gisteren een gesprek met een medewerker over mijn contract.|-",
            "I'm not paying by card, I'd like to pay by bank transfer.|-",
            "Mijn wifi-signaal is erg zwak op zolder.|-",
            "Ich möchte eine Rechtsschutzversicherung abschließen.|-",
            "Ik ben mijn telefoon kwijtgeraakt, wordt dat vergoed?|-",
            // a greeting is no frustration, whatever "hallo??" taught the model
            "Hallo, hoe lang heb ik om iets terug te sturen? Groet, Lotte|-",
            "Hallo, kann ich meinen Zählerstand online eingeben? Gruß, Jan|-",
            // a negation reaches no further than its own sentence, in every rule
            "Ik ben morgen niet thuis. Bel me even.|HUMAN_REQUEST",
            "Ich bin morgen nicht zu Hause. Rufen Sie mich bitte zurück.|HUMAN_REQUEST",
            "I won't be home tomorrow. Please call me back.|HUMAN_REQUEST",
            "Ik ben morgen niet thuis, bel me niet.|-",
            "I'm not home tomorrow so don't call me.|-",
            // leaving for a competitor is a complaint; switching to another way of paying is not
            "dan stap ik over op maandelijks betalen|-",
            "wanneer stap ik over naar het nieuwe tarief?|-",
            "als dit niet opgelost wordt stap ik over naar de concurrent|COMPLAINT",
            "Sinon je pars chez la concurrence.|COMPLAINT"})
    void recognises(String text, String expected) {
        Set<Signal> want = expected.equals("-") ? EnumSet.noneOf(Signal.class)
                : EnumSet.copyOf(Arrays.stream(expected.split(",")).map(Signal::valueOf).toList());

        assertThat(signals.detect(text)).isEqualTo(want);
    }

    /**
     * Round twelve of issue 14: "??" in an emergency is urgency, not frustration (the brief's own "not"), while swearing
     * still is; "stop billing me", broke in everyday words, despair without a crisis word; and the look-alikes beside them,
     * the independent review's among them. Written for this test, not taken from an evaluation set.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Water is pouring out of the meter cupboard, where do I turn it off??|-",
            "Er spuit water uit de leiding, waar is de hoofdkraan??|-",
            "Er spuit water uit de meterkast, waar is de hoofdkraan??|HIGH_RISK_TOPIC",
            "Wasser spritzt aus der Steckdose!!|HIGH_RISK_TOPIC",
            "L'eau jaillit du compteur, je fais quoi ??|-",
            "Godverdomme, er spuit water uit de leiding en niemand neemt op|FRUSTRATION",
            "WAAROM IS MIJN PAKKET NOG NIET BEZORGD??|FRUSTRATION",
            "Het pakket kwam zonder uitleg terug.|-",
            // the review's examples
            "Oh no, water is pouring out of the ceiling??|-",
            "omg there are sparks coming out of the socket!!|HIGH_RISK_TOPIC",
            "The water bill is coming in higher AGAIN??|FRUSTRATION",
            "Can you sort out my water bill?? third time asking|FRUSTRATION",
            "Wanneer komt het water nou eindelijk terug??|FRUSTRATION",
            "I asked about my BILL, not about the app??|FRUSTRATION",
            "Why do you keep threatening me with disconnection??|HIGH_RISK_TOPIC,FRUSTRATION",
            "If I cancel, will you stop charging me automatically?|-",
            "My meter is totally broke, what now?|-",
            "I cancelled in March. Stop billing me.|COMPLAINT",
            "I'm skint until payday, can I pay the bill next week?|HIGH_RISK_TOPIC",
            "I honestly don't see the point of anything anymore|HIGH_RISK_TOPIC",
            "I don't see the point of paying for premium, what does it add?|-",
            "Ich weiß nicht mehr weiter mit der App, wo finde ich die Rechnung?|-",
            "Die Firma meines Nachbarn ist pleite, kann er trotzdem kündigen?|-"})
    void roundTwelvesPhenomena(String text, String expected) {
        assertDetects(text, expected);
    }

    /**
     * Round thirteen of issue 14: despair told without a crisis word is a high-risk matter and never frustration; gas
     * smelt is an emergency; a French "je ne comprends pas" said of oneself is no exasperation; "ce n'est pas sérieux" is
     * as much a judgement as "pas sérieux"; damage the organisation caused is a complaint without a demand. With the
     * look-alikes beside them. Written for this test, not taken from an evaluation set.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Ik trek het niet meer, alles loopt mis sinds mijn scheiding.|HIGH_RISK_TOPIC",
            "Ich weiß nicht, wie ich weiterleben soll?!|HIGH_RISK_TOPIC",
            "It's all too much, I can't go on like this??|HIGH_RISK_TOPIC",
            "Je pense à en finir, je n'ai plus la force.|HIGH_RISK_TOPIC",
            "Ich kann nicht mehr warten, wann kommt der Techniker??|FRUSTRATION",
            "Ik ruik gas in de keuken!! Wat moet ik doen??|HIGH_RISK_TOPIC",
            "Ça sent le gaz dans l'entrée ?? je fais quoi|HIGH_RISK_TOPIC",
            "Is de gasprijs omhoog gegaan??|FRUSTRATION",
            // the row is about "je ne comprends pas" (no frustration); "quelqu'un peut m'expliquer ?" asks for someone who can
            // look at it, which the brief counts as a request for a person, and round seventeen's model reads it so (0.98)
            "Je ne comprends pas bien la facture, quelqu'un peut m'expliquer ?|HUMAN_REQUEST",
            "Tu comprends rien, je t'ai déjà dit que c'est pour la box|FRUSTRATION",
            "Le carton est arrivé déchiré et il manque deux verres. Ce n'est pas sérieux de votre part.|COMPLAINT",
            "Ce n'est pas grave, je commanderai autre chose.|-",
            "Votre technicien a rayé le parquet du salon.|COMPLAINT",
            "Uw monteur heeft de schade aan de buren netjes opgelost, dank u.|-",
            "Door uw fout is mijn huur teruggeboekt.|COMPLAINT",
            "We buried my father last week, how do I close his account?|HIGH_RISK_TOPIC",
            "Wat is het sociaal tarief en voor wie geldt het?|HIGH_RISK_TOPIC",
            "Je n'en peux plus, je pense à en finir.|HIGH_RISK_TOPIC",
            // the independent review's look-alikes
            "Ik heb het geld niet ontvangen van mijn terugbetaling, wanneer komt dat?|-",
            "Why does the app kick me out every time I open my invoices?|-",
            "De oude gasmeter moet eruit, wanneer komt de monteur?|-",
            "Le câble de la fibre est-il enterré ou aérien ?|-",
            "The colour is bleeding onto my white shirts, can I return it?|-",
            "Ik kan niet meer verder in de app, de knop volgende doet niks|-",
            "I can't go on holiday without knowing the parcel is safe|-",
            "FFS I can't take it anymore, this stupid bot keeps asking for my postcode!!!|FRUSTRATION",
            "I've SENT my gas meter reading THREE times!!! why is my bill still estimated??|FRUSTRATION",
            "Can your engineer fix the leak under the sink when he comes on Monday?|-",
            "What does your error code E-301 on the meter mean?|-",
            "Moi je répète, tu comprends pas|FRUSTRATION"})
    void roundThirteensPhenomena(String text, String expected) {
        assertDetects(text, expected);
    }

    /** The detector finds exactly {@code expected}: signal names joined by commas, or "-" for none. */
    private static void assertDetects(String text, String expected) {
        Set<Signal> signals = new ConversationSignals().detect(text);
        Set<Signal> wanted = expected.equals("-") ? Set.of() : java.util.Arrays.stream(expected.split(",")).map(Signal::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(signals).as(text).isEqualTo(wanted);
    }
}
