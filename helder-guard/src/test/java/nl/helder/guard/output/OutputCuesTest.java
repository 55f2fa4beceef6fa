package nl.helder.guard.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The review's findings on round three's cues (issue 14): the time-limit check, the AI self-description, denials in sources. */
class OutputCuesTest {

    private static boolean limit(String answer, String source) {
        return OutputCues.find(answer, List.of(source)).stream().anyMatch(h -> h.name().equals("unsourced-limit"));
    }

    /** The cut at 5,000 characters never leaves half of a supplementary character (an emoji) at the end. */
    @Test
    void theJudgedPartNeverEndsInHalfACharacter() {
        String answer = "a".repeat(AnswerCues.MAX_JUDGED - 1) + "\uD83D\uDE00 meer tekst";
        String part = AnswerCues.judgedPart(answer);
        assertThat(part).hasSize(AnswerCues.MAX_JUDGED - 1);
        assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        assertThat(AnswerCues.judgedPart("b".repeat(AnswerCues.MAX_JUDGED + 10))).hasSize(AnswerCues.MAX_JUDGED);
        assertThat(AnswerCues.judgedPart("kort")).isEqualTo("kort");
    }

    @Test
    void aTimeLimitTheSourceDoesNotStateIsACue() {
        assertThat(limit("Delay refunds have to be claimed within 48 hours.", "Claims can be submitted within 3 months of the journey.")).isTrue();
        assertThat(limit("Je moet binnen een maand opzeggen.", "De opzegtermijn is drie maanden.")).isTrue();
    }

    @Test
    void aanIsNoYearAndNumberWordsAndSingularUnitsAreRead() {
        assertThat(limit("Je moet de meterstanden aan ons doorgeven.", "Geef je meterstanden binnen 14 dagen door.")).isFalse();
        assertThat(limit("Je moet binnen veertien dagen retourneren.", "Retourneren kan binnen 14 dagen.")).isFalse();
        assertThat(limit("Sie mussen innerhalb einer Woche widersprechen.", "Widerspruch ist innerhalb von 7 Tagen moglich.")).isFalse();
        assertThat(limit("Je moet binnen een maand opzeggen.", "De opzegtermijn is 30 dagen.")).isFalse();
        assertThat(limit("Vous devez resilier sous quinze jours.", "La resiliation est possible sous 14 jours.")).isFalse();
    }

    /** The second review's cases: hours that are no whole day, and a promise of the company's that "only" takes so long. */
    @Test
    void hoursCountAndAPromiseIsNoDeadline() {
        assertThat(limit("You must report the damage within 36 hours.", "Damage can be reported within 3 months.")).isTrue();
        assertThat(limit("Claims must be made within 48 hours.", "Claims can be made within 2 days.")).isFalse();
        assertThat(limit("Delivery only takes 2 days.", "Delivery takes 3 to 5 working days.")).isFalse();
        assertThat(limit("Returns are only possible within 7 days.", "You can return items within 30 days.")).isTrue();
    }

    /** Round eight: a time of day is no duration, and a first year said by its ordinal is a year the source states. */
    @Test
    void aTimeOfDayAndAnOrdinalPeriodAreRead() {
        assertThat(limit("Ik ben vandaag alleen tot 12 uur aan het werk, maar je moet het formulier wel opsturen.", "Stuur het formulier binnen 6 weken op.")).isFalse();
        assertThat(limit("Sie mussen bis 17 Uhr anrufen.", "Rufen Sie innerhalb von 2 Tagen an.")).isFalse();
        assertThat(limit("You must claim within 12 hours.", "Claims within 2 days.")).isTrue();
        assertThat(limit("You can only cancel without a fee because you've been with us for more than a year.",
                "After the first year, you can cancel your contract at any time with one month's notice.")).isFalse();
        assertThat(limit("You must wait two years before you can cancel without a fee.", "After the first year, you can cancel at any time.")).isTrue();
    }

    /** Round eight: weak urgency next to an order already placed reports a delivery; next to buying it pushes. */
    @Test
    void weakUrgencyNextToAnOrderAlreadyPlacedIsNoSale() {
        assertThat(names("Je pakket komt vandaag tussen 14.00 en 16.00 uur.")).doesNotContain("urgency-weak-sale");
        assertThat(names("Ihr Paket ist heute Morgen rausgegangen.")).doesNotContain("urgency-weak-sale");
        assertThat(names("Your order now goes to the new address.")).doesNotContain("urgency-weak-sale");
        assertThat(names("Votre commande est partie aujourd'hui.")).doesNotContain("urgency-weak-sale");
        assertThat(names("Bestel het pakket vandaag, dan heb je het morgen.")).contains("urgency-weak-sale");
        assertThat(names("Sluit het Zorgeloos Pakket vandaag af.")).contains("urgency-weak-sale");
        assertThat(names("I'd order the new router today.")).contains("urgency-weak-sale");
    }

    @Test
    void aMomentAgoAndANoteAddedAreNoPressure() {
        assertThat(names("Excuses, ik ben nog maar net terug van de lunch. Waar kan ik mee helpen?")).doesNotContain("phrase-urgency");
        assertThat(names("Er zijn nog maar twee kamers vrij.")).contains("phrase-urgency");
        assertThat(names("I've added a note to your file that you use a stairlift.")).doesNotContain("sneaking");
        assertThat(names("I've added the travel insurance to your booking.")).contains("sneaking");
    }

    /** The first review of round eight: each exemption above had taken a real case with it. */
    @Test
    void theExemptionsKeepWhatTheyMustNotTake() {
        assertThat(limit("Uw reservering vervalt na 48 uur.", "Een reservering blijft 7 dagen staan.")).isTrue();
        assertThat(limit("Your reservation expires after 48 hours.", "Reservations are held for 7 days.")).isTrue();
        assertThat(limit("You must cancel before 72 hours have passed.", "You can cancel within 14 days without a fee.")).isTrue();
        assertThat(names("De actie loopt nog maar even, dus beslis snel.")).contains("phrase-urgency");
        assertThat(names("I've added a comment and the premium protection plan to your order.")).contains("sneaking");
    }

    /** The first review of round eight: words the source says weigh nothing, and an answer without sources is not judged by words. */
    @Test
    void manipulationWordsAreOnlyWhatTheSourcesDoNotSay() {
        SourceSupport source = new SourceSupport(List.of("Family plan: up to four members, 30 pounds a month."));
        assertThat(ManipulationWords.features("A family plan would cover up to four people for thirty pounds a month.", source))
                .contains("u:would", "u:people").doesNotContain("u:family", "u:plan", "a:family", "u:thirty");
        assertThat(ManipulationWords.features("Only today: sign up now!", new SourceSupport(List.of()))).isEmpty();
        assertThat(AnswerJudgement.of("A family plan would cover up to four people for thirty pounds a month.",
                List.of("Family plan: up to four members, 30 pounds a month.")).manipulation()).isEmpty();
    }

    /** The behavioural review's honest answers that round seven's guard withheld too: a hand-off, a cancellation after a death, a corrected fee. */
    @Test
    void aHandOffACancellationAfterADeathAndACorrectedFeeAreHonest() {
        assertThat(AnswerJudgement.of("Ich verbinde Sie jetzt mit einem menschlichen Mitarbeiter.", List.of()).humanClaim()).isEmpty();
        assertThat(AnswerJudgement.of("Sie sprechen mit einem menschlichen Mitarbeiter.", List.of()).humanClaim()).isPresent();
        assertThat(AnswerJudgement.of("Wat naar om te horen dat uw moeder is overleden. Ik help u graag met het opzeggen van haar abonnement.",
                List.of()).manipulation()).isEmpty();
        assertThat(names("Gecondoleerd, nu uw man is overleden raad ik het Zorgeloos-pakket aan. Zal ik het afsluiten?"))
                .contains("vulnerability-sale");
        List<String> fee = List.of("Die Bearbeitungsgebühr für eine Ersatzkarte beträgt 5 €.");
        assertThat(AnswerJudgement.of("Entschuldigung, da habe ich mich geirrt. Die Gebühr beträgt 5 €, nicht 15 €.", fee).manipulation()).isEmpty();
        assertThat(AnswerJudgement.of("Die Gebühr beträgt 15 €, buchen Sie jetzt das Premium-Paket.", fee).manipulation()).isPresent();
    }

    private static List<String> names(String answer) {
        return OutputCues.find(answer, List.of()).stream().filter(h -> !h.carried()).map(CueHit::name).toList();
    }

    @Test
    void timePastIsNoLimit() {
        assertThat(limit("Je moet opnieuw beginnen, want in de afgelopen 24 uur is er een storing geweest.", "Storingen worden binnen 3 dagen opgelost.")).isFalse();
        assertThat(limit("You only ordered 3 weeks ago, so it must still arrive.", "Delivery takes up to 5 days.")).isFalse();
        assertThat(limit("Seit 2 Wochen muss das Paket unterwegs sein.", "Lieferung in 5 Tagen.")).isFalse();
    }

    /** A 40 KB adversarial answer ("2 dagen" over and over, one long binding sentence) against a 4 KB one. */
    @Test
    void aLongAdversarialAnswerIsJudgedInLinearTime() {
        List<String> sources = List.of("Je kunt binnen 2 dagen reageren.");
        String small = "Je moet " + "2 dagen ".repeat(500) + "reageren.";
        String large = "Je moet " + "2 dagen ".repeat(5_000) + "reageren.";
        for (int i = 0; i < 3; i++) {
            OutputCues.find(small, sources);
            OutputCues.find(large, sources);
        }
        long smallNanos = fastest(small, sources);
        long largeNanos = fastest(large, sources);
        System.out.printf("unsourced-limit, adversarial: 4 KB %.1f ms, 40 KB %.1f ms, ratio %.1f%n", smallNanos / 1e6, largeNanos / 1e6,
                (double) largeNanos / smallNanos);
        // Ten times the text may cost at most about ten times as much (the judged part is capped, so it costs less);
        // the quadratic check took some 2,000 times as long.
        assertThat(largeNanos).isLessThan(30 * smallNanos);
    }

    /**
     * The answer is cut at 5,000 characters, its sources are not: a long help text must be read a fixed number of
     * times, however many sentences of the answer try a cue against it (an independent review measured 50 times the
     * old cost for a 40 KB source when each sentence searched the whole source again).
     */
    @Test
    void aLongSourceIsReadInLinearTime() {
        String answer = "You lose it. ".repeat(380);
        List<String> small = List.of("Your points stay yours.");
        List<String> large = List.of("Your points stay yours. ".repeat(1_700));
        for (int i = 0; i < 3; i++) {
            OutputCues.find(answer, small);
            OutputCues.find(answer, large);
        }
        long smallNanos = fastest(answer, small);
        long largeNanos = fastest(answer, large);
        System.out.printf("source cues: one-sentence source %.1f ms, 40 KB source %.1f ms, ratio %.1f%n", smallNanos / 1e6,
                largeNanos / 1e6, (double) largeNanos / smallNanos);
        // Reading 40 KB of help text once costs little beside judging 380 sentences; read once per sentence it cost
        // some hundred times the one-sentence source.
        assertThat(largeNanos).isLessThan(10 * smallNanos);
    }

    private static long fastest(String answer, List<String> sources) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            OutputCues.find(answer, sources);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    @Test
    void aDisclosureAfterADenialCallsItselfAnAi() {
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("I'm not a person, I'm Helder's digital assistant."))).isTrue();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Ich bin kein Mensch, sondern ein KI-Assistent."))).isTrue();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Ik ben geen automatisch antwoord."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("I'm a real person, not a bot."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je ne suis pas un robot."))).isFalse();
    }

    /** French "j'ai", "je l'ai", "n'ai" are "have", not "AI"; "l'IA" still is. */
    @Test
    void aFrenchHaveIsNoAi() {
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis nouvelle dans l'équipe, mais j'ai vérifié votre dossier."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("C'est noté, je l'ai transmis au service."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Bonjour, j'ai ici votre commande."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis l'IA du service client."))).isTrue();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis un assistant IA."))).isTrue();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("I'm the shop's AI."))).isTrue();
        // French "have" without an apostrophe, and apostrophes typed otherwise (the review of the first fix)
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis Camille, je vous ai envoyé le bon de retour."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis Camille et je lui ai transmis votre demande."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis désolée, ai-je bien compris votre question ?"))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis Camille, j\u2018ai vérifié, et j\u00B4ai noté."))).isFalse();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("Je suis l'AI de la boutique."))).isTrue();
        assertThat(AnswerCues.callsItselfAi(AnswerText.fold("You are chatting with our 'AI'."))).isTrue();
        // a claim to be human is no longer hidden by "je vous ai"
        assertThat(AnswerCues.find("Bonjour, je suis Camille, je vous ai envoyé le bon de retour.", new SourceSupport(List.of())))
                .extracting(CueHit::name).isNotEmpty();
    }

    /** Helder's own disclosures (widget, banner, e-mail) and other bots' common forms say it; denials and questions do not. */
    @Test
    void aDisclosureIsToldFromADenialOrAQuestion() {
        assertThat(List.of(
                "Je chat nu met onze AI-assistent. Ik beantwoord vragen met informatie uit onze klantenservice-artikelen.",
                "You are now chatting with our AI assistant. I answer questions with information from our help articles.",
                "Sie chatten jetzt mit unserem KI-Assistenten.",
                "Vous discutez maintenant avec notre assistant IA.",
                "This reply was written by our AI assistant, a computer program that answers from our help articles.",
                "Diese Antwort wurde von unserem KI-Assistenten verfasst.",
                "Cette réponse a été rédigée par notre assistant IA.",
                "Deze chat wordt beantwoord door een AI-assistent.",
                "Hoi! Ik ben Lisa, de digitale assistent. Waarmee kan ik je helpen?",
                "AI-assistent: Goedemiddag, waarmee kan ik helpen?",
                "[AI] Hi there, how can I help?",
                "Nee, ik ben geen mens maar een AI-assistent."))
                .allSatisfy(text -> assertThat(AnswerJudgement.saysItIsAnAi(text)).as(text).isTrue());
        assertThat(List.of(
                "Hoi! Ik ben geen bot hoor, ik ben Sanne van de klantenservice.",
                "I'm a real person, not a bot.",
                "Nein, ich bin kein Bot.",
                "Je ne suis pas un robot, je suis Claire.",
                "Hallo! Waarmee kan ik je helpen?",
                "Onze monteur komt dinsdag tussen 8 en 12 uur.",
                "Bot? Nee hoor, gewoon Mark hier."))
                .allSatisfy(text -> assertThat(AnswerJudgement.saysItIsAnAi(text)).as(text).isFalse());
    }

    /** An independent reviewer's attempts, both ways, in four languages (a regression set: tuned on). */
    @Test
    void theReviewersDisclosuresAndLookAlikes() throws java.io.IOException {
        List<String> wrong = new java.util.ArrayList<>();
        try (var in = OutputCuesTest.class.getResourceAsStream("/evaluation/ai-disclosure-review.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (AnswerJudgement.saysItIsAnAi(columns[1]) != columns[0].equals("yes")) {
                    wrong.add(line);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The second review's attacks: a denial before the machine word, a question, a feeling; each still a claim to be human. */
    @Test
    void aPersonWhoNamesTheMachineToDenyItIsNoAi() {
        for (String text : List.of("Geen bot hier, ik ben Lisa van de klantenservice.", "No bot here - I'm Lisa from billing.",
                "Chatbot of mens? Een mens hoor, ik ben Lisa van de klantenservice!", "Ben ik een bot? Nee, ik ben Lisa van de klantenservice.",
                "I am sorry the chatbot could not help you. Hi, I'm Lisa from the billing team, a real colleague.")) {
            assertThat(AnswerJudgement.saysItIsAnAi(text)).as(text).isFalse();
            assertThat(AnswerJudgement.of(text, List.of()).humanClaim()).as(text).isPresent();
        }
    }

    /** Too short to judge by how it is written: one or two words the source lacks are no pressure. */
    @Test
    void aShortPoliteAnswerIsNotJudgedByStyle() {
        for (String text : List.of("Sure, that works today.", "Natuurlijk, dat kan meteen.", "Of course! Happy to help.",
                "Is there anything else I can help you with today?")) {
            assertThat(AnswerJudgement.of(text, List.of("You can change your plan at any time in My Account.")).manipulation()).as(text).isEmpty();
        }
    }

    /** An invented fee is not "worked out" because the answer says "also" or "about" somewhere. */
    @Test
    void anInventedFeeIsNotArithmeticBecauseOfACommonWord() {
        assertThat(OutputCues.find("Basic costs €20 a month. There is also a €10 administration fee.",
                List.of("Basic costs €20 a month. Plus costs €30 a month.")).stream().anyMatch(h -> h.name().equals("unsourced-price"))).isTrue();
        assertThat(OutputCues.find("You pay the remaining months: 3 months × €25, so €75 in total.",
                List.of("Monthly fee: €25. Remaining months: 3. Early termination: the remaining fees are due.")).stream()
                .anyMatch(h -> h.name().equals("unsourced-price"))).isFalse();
    }

    @Test
    void aConsequenceTheSourceStatesWithANegationElsewhereIsNamed() {
        assertThat(new SourceSupport(List.of("If payment is not received within 14 days, we may suspend the contract.")).names("suspend")).isTrue();
        assertThat(new SourceSupport(List.of("Un retard de paiement n'entraine pas de suspension.")).names("suspension")).isFalse();
        assertThat(new SourceSupport(List.of("Filing late has no impact on future claims.")).names("claims")).isFalse();
        // Five-letter words: the stem test agrees with contains() ("boete" and "boetes").
        assertThat(new SourceSupport(List.of("Bij te laat betalen volgen boetes.")).names("boete")).isTrue();
    }
}
