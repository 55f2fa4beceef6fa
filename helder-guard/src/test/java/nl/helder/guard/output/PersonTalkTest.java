package nl.helder.guard.output;

import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PersonTalk} and its {@link WordModel} on answers written for this test (not from any evaluation set): a
 * life told in the first person with no cue phrase is a claim; an assistant reporting what it did for the customer,
 * or a named AI speaking of itself, is not.
 */
class PersonTalkTest {

    @Test
    void aLifeToldWithoutACuePhraseIsAClaimByHowTheAnswerSpeaksOfItself() {
        AnswerJudgement judgement = AnswerJudgement.of("Sorry dat het even duurde, ik stond net in de file op de A12. Uw pakket komt morgen.", List.of());

        assertThat(judgement.humanProbability()).as("no cue names this").isLessThan(AnswerJudgement.THRESHOLD);
        assertThat(judgement.personTalkProbability()).isGreaterThanOrEqualTo(PersonTalk.LINE);
        assertThat(judgement.humanClaim()).get().satisfies(check -> {
            assertThat(check.type()).isEqualTo(OutputCheckType.CLAIMS_HUMAN);
            assertThat(check.reason()).contains("by the words it uses of itself").doesNotContain("f:").doesNotContain("a:");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ik heb uw meterstand opgeslagen en de nieuwe termijn staat klaar.",
        "I can see your order left our warehouse this morning; I will send you the tracking link.",
        "Ich habe Ihre Adresse geändert und Ihnen eine Bestätigung geschickt.",
        "J'ai vérifié votre dossier : le remboursement partira vendredi.",
        "Mijn excuses voor het wachten, ik zoek het voor u uit.",
        "Ik begrijp je frustratie, ik zet het voor je door naar een collega."
    })
    void anAssistantTellingWhatItDidForTheCustomerClaimsNothing(String answer) {
        AnswerJudgement judgement = AnswerJudgement.of(answer, List.of());

        assertThat(judgement.personTalkProbability()).isLessThan(PersonTalk.LINE);
        assertThat(judgement.humanClaim()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ik ben de digitale assistent van Vlinder; ik heb uw afspraak verzet naar dinsdag.",
        "Als AI kan ik niet langskomen, maar ik kan een monteur voor u inplannen."
    })
    void aNamedAiTellingWhatItDoesClaimsNothing(String answer) {
        assertThat(AnswerJudgement.of(answer, List.of()).personTalkProbability()).isLessThan(PersonTalk.LINE);
    }

    /**
     * The first review: saying it is an AI no longer switches the model off; the disclosure's words weigh against a
     * claim (here 0.90 without the first sentence, 0.12 with it), and a life the cues name is a claim either way.
     */
    @Test
    void aDisclosureIsWeighedNotAGate() {
        String life = "Sorry voor de vertraging, ik moest mijn zoontje van school halen en stond in de file.";
        double without = AnswerJudgement.of(life, List.of()).personTalkProbability();
        double with = AnswerJudgement.of("Ik ben de digitale assistent. " + life, List.of()).personTalkProbability();
        assertThat(with).isGreaterThan(0).isLessThan(without);
        assertThat(AnswerJudgement.of("Ik ben de digitale assistent. Mijn vrouw en ik zijn net verhuisd, ik zit nog tussen de dozen.",
                List.of()).humanClaim()).isPresent();
    }

    /** The first review: Dutch "je" is "you", "zelf" goes with anyone, and a customer's name is no feature. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Je pakket is net verzonden en komt morgen; de bezorger belt even aan.",
        "Je hebt net even een nieuwe wachtwoordlink gekregen.",
        "U kunt het zelf aanpassen in de app.",
        "Uw pakket is onderweg en komt morgen tussen 9 en 12 uur."
    })
    void aSentenceWithoutTheWriterInItIsNotJudged(String answer) {
        assertThat(PersonTalk.features(answer)).isEmpty();
        assertThat(AnswerJudgement.of(answer, List.of()).personTalkProbability()).isZero();
    }

    @Test
    void namesInASentenceAndNumberWordsAreNoFeatures() {
        assertThat(PersonTalk.features("Hi Sanne, I've updated your address; it takes twelve days."))
                .doesNotContain("a:sanne", "f:sanne", "a:twelve", "f:twelve").contains("f:updated", "a:address");
        assertThat(PersonTalk.features("Je suis désolée, votre colis arrive demain.")).contains("f:desolee");
    }

    @Test
    void theFirstPersonWordsOnlyOpenTheJudgementAndNumbersAreNoWords() {
        assertThat(PersonTalk.features("Ik zat om 9 uur op kantoor. Uw factuur is 40 euro."))
                .contains("f:kantoor", "f:zat", "a:kantoor", "a:factuur")
                .doesNotContain("f:factuur", "a:ik", "f:ik", "a:40", "f:9");
        assertThat(PersonTalk.features("Uw factuur is 40 euro.")).isEmpty();
    }

    @Test
    void aVeryLongAnswerIsJudgedOnItsFirstPart() {
        String longAnswer = "Ik heb het nagekeken. ".repeat(20_000) + "Ik zat gisteren thuis met mijn kinderen.";
        List<OutputCheck> none = AnswerJudgement.of(longAnswer, List.of()).humanClaim().stream().toList();

        assertThat(PersonTalk.features(longAnswer)).doesNotContain("f:kinderen"); // beyond the judged part
        assertThat(none).isEmpty();
    }
}
