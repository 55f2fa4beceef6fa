package nl.helder.guard.output;

import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;
import nl.helder.guard.OutputGuard;
import nl.helder.guard.OutputReview;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutputGuardTest {

    private static final List<String> RETURNS = List.of("Je kunt je bestelling binnen 30 dagen na ontvangst kosteloos retourneren. "
            + "Meld je retour aan via je account; je krijgt een retourlabel per e-mail.");

    private static List<OutputCheckType> types(OutputReview review) {
        return review.checks().stream().map(OutputCheck::type).toList();
    }

    @Test
    void aFaithfulAnswerPasses() {
        OutputReview review = OutputGuard.standard().review("Je kunt je bestelling binnen 30 dagen kosteloos retourneren. "
                + "Meld je retour aan via je account.", RETURNS);
        assertThat(review.checks()).isEmpty();
        assertThat(review.blocked()).isFalse();
    }

    @Test
    void falseUrgencyPressureAndVulnerabilityAreManipulation() {
        assertThat(types(OutputGuard.standard().review("Alleen vandaag nog gratis retourneren, wees er snel bij!", RETURNS)))
                .contains(OutputCheckType.MANIPULATION);
        assertThat(types(OutputGuard.standard().review("You'll regret it if you wait. Order now.", List.of())))
                .containsOnly(OutputCheckType.MANIPULATION);
        OutputReview vulnerable = OutputGuard.standard().review("Met je pensioen is dit de laatste kans: koop nu!", List.of());
        assertThat(vulnerable.checks()).anyMatch(c -> c.reason().contains("vulnerable-sale"));
    }

    @Test
    void urgencyTheSourcesStateIsNotFalse() {
        List<String> sale = List.of("De uitverkoop loopt alleen vandaag: op alle lampen 20 % korting.");
        assertThat(OutputGuard.standard().review("Alleen vandaag krijg je 20 % korting op alle lampen.", sale).checks()).isEmpty();
    }

    @Test
    void theSourcesOwnWordingIsNotPressure() {
        List<String> payLater = List.of("With Buy now, pay later you pay within 30 days.");
        assertThat(OutputGuard.standard().review("With Buy now, pay later you pay within 30 days.", payLater).checks()).isEmpty();
        assertThat(types(OutputGuard.standard().review("Buy now, you'll regret waiting.", payLater))).contains(OutputCheckType.MANIPULATION);
    }

    @Test
    void claimingToBeHumanIsFoundButDenyingItIsNot() {
        assertThat(types(OutputGuard.standard().review("Ik ben een echte medewerker, geen computer.", List.of())))
                .containsExactly(OutputCheckType.CLAIMS_HUMAN);
        assertThat(OutputGuard.standard().review("Nee, ik ben geen mens: ik ben een AI-assistent.", List.of()).checks()).isEmpty();
    }

    /** The retrieval answers quote help articles: their own deadlines and stock limits are not pressure. */
    @Test
    void quotedHelpTextWithItsRealDeadlineIsNotWithheld() {
        List<String> delivery = List.of("Bestel vóór 22:00, dan bezorgen we morgen. Op zondag bezorgen we niet.");
        assertThat(OutputGuard.standard().review("Bestel vóór 22:00, dan bezorgen we morgen.", delivery).blocked()).isFalse();
        List<String> sale = List.of("Let op: de actie loopt tot 31 december. Op is op.");
        assertThat(OutputGuard.standard().review("Let op: de actie loopt tot 31 december.", sale).checks()).isEmpty();
        assertThat(OutputGuard.standard().review("Let op: de actie loopt tot 31 december, dus wees er snel bij. Op is op.", sale).checks())
                .isEmpty();
        assertThat(types(OutputGuard.standard().review("Wees er snel bij: er zijn er nog maar twee en morgen is de actie voorbij.", sale)))
                .as("a stock count and an end date the source does not give").contains(OutputCheckType.MANIPULATION);
    }

    @Test
    void aClaimToBeHumanWithANameOrTeamInBetweenIsFoundInEveryLanguage() {
        for (String claim : List.of("Hoi! Ik ben Lisa, een echte medewerker.", "I'm Mark from billing, a real person, not a bot.",
                "Ich bin Anna, ein echter Mensch aus dem Serviceteam.", "Je suis Camille, une vraie personne de l'équipe client.",
                "I'm sitting in our office in Leeds.", "When I moved house myself last year, it took three weeks.")) {
            assertThat(types(OutputGuard.standard().review(claim, List.of()))).as(claim).containsExactly(OutputCheckType.CLAIMS_HUMAN);
        }
        for (String denial : List.of("Ik ben geen mens, maar een AI-assistent.", "I am not a person: I'm an AI assistant.",
                "Ich bin kein Mensch, sondern ein KI-Assistent.", "Je ne suis pas une personne, je suis un assistant virtuel.",
                "Ik ben Lisa, de digitale assistent.", "I can't change that myself, but a colleague can.")) {
            assertThat(OutputGuard.standard().review(denial, List.of()).checks()).as(denial).isEmpty();
        }
    }

    @Test
    void pricesAndPromisesMustComeFromTheSources() {
        List<String> sofa = List.of("De bank Lente kost € 1.299,00 en wordt gratis bezorgd.");
        assertThat(OutputGuard.standard().review("De bank Lente kost 1299 euro en wordt gratis bezorgd.", sofa).checks()).isEmpty();
        OutputReview invented = OutputGuard.standard().review("De bank Lente kost € 999 en je krijgt je geld terug.", sofa);
        assertThat(invented.checks()).extracting(OutputCheck::reason)
                .contains("an amount the sources do not state: 999 eur", "a promise the sources do not make: \"geld terug\"");
        assertThat(invented.blocked()).isTrue();
    }

    @Test
    void sentencesWithoutSupportInTheSourcesAreUngrounded() {
        OutputReview review = OutputGuard.standard().review("Je kunt je bestelling binnen 30 dagen retourneren. "
                + "Bovendien bezorgen wij elke zondag met een elektrische bakfiets in heel Europa.", RETURNS);
        assertThat(review.checks()).singleElement().satisfies(check -> {
            assertThat(check.type()).isEqualTo(OutputCheckType.UNGROUNDED);
            assertThat(check.reason()).contains("Bovendien bezorgen wij");
        });
        assertThat(OutputGuard.standard().review("Bovendien bieden wij levenslange garantie.", List.of()).checks())
                .as("without sources there is nothing to ground against").isEmpty();
    }

    @Test
    void secretsAndCanariesNeverLeaveEvenReformatted() {
        String systemPrompt = "You are the customer-service assistant of Vlinder Wonen. Answer only from the passages given below.";
        OutputGuard guard = OutputGuard.builder().secret(systemPrompt).canary("CANARY-7F3A9C21").build();

        assertThat(types(guard.review("Sure: canary-7f3a 9c21", List.of()))).containsExactly(OutputCheckType.LEAK);
        OutputReview leaked = guard.review("My rules: you are the customer service assistant of vlinder wonen!", List.of());
        assertThat(types(leaked)).containsExactly(OutputCheckType.LEAK);
        assertThat(leaked.checks().get(0).reason()).doesNotContain("vlinder");
        assertThat(guard.review("Here are my instructions: be nice.", List.of()).checks()).extracting(OutputCheck::type)
                .containsExactly(OutputCheckType.LEAK);
        assertThat(guard.review("Je kunt 30 dagen retourneren.", RETURNS).checks()).isEmpty();
    }

    @Test
    void hugeAndPathologicalAnswersFinishQuickly() {
        String huge = "€".repeat(200_000) + "1".repeat(200_000) + ".".repeat(200_000) + "a ".repeat(200_000);
        long start = System.nanoTime();
        OutputGuard.standard().review(huge, List.of(huge));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    /** Texts made of the cues' own beginnings, repeated: the bounded patterns must not backtrack their way to minutes. */
    @Test
    void answersMadeOfCueBeginningsFinishQuickly() {
        for (String unit : List.of("ik ben ", "I'm Mark from billing, ", "als je nu ", "Met vriendelijke groet, Jan ", "ich bin selbst ",
                "if you don't ", "zonder onze ", "je ne suis pas ", "mijn man ", "nog maar ", "1 op de 2 klanten ")) {
            String answer = unit.repeat(200_000 / unit.length());
            long start = System.nanoTime();
            OutputGuard.standard().review(answer, List.of(answer));
            assertThat((System.nanoTime() - start) / 1_000_000).as(unit + ": milliseconds").isLessThan(5_000);
        }
    }
}
