package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two scorings of {@link PrivacyEvaluation}: strict (a finding counts only on a labelled occurrence) and with
 * repeats (a later mention of a labelled value, or a name's own words again, is that value), on messages whose findings
 * the standard guard is tested to make elsewhere.
 */
class PrivacyEvaluationScoringTest {

    private static final String SIGNED = "Beste klantenservice, mijn meter is kapot.\nMet vriendelijke groet,\nThijs Groenewegen\n\n"
            + "Thijs Groenewegen\nLindenlaan 12\nThijs";

    @Test
    void aNameSignedAgainIsAFalseFindingStrictlyAndTheSameNameWithRepeats() {
        PrivacyEvaluation.Message message = PrivacyEvaluation.tsv(
                List.of("nl\t" + SIGNED.replace("\n", "\\n") + "\tPERSON_NAME=Thijs Groenewegen;ADDRESS=Lindenlaan 12"), "t-", 1).get(0);
        List<nl.helder.guard.PersonalDataFinding> names = PrivacyGuard.standard().detect(SIGNED).stream()
                .filter(finding -> finding.type() == PersonalDataType.PERSON_NAME).toList();
        assertThat(names).as("the guard finds the name at least twice").hasSizeGreaterThanOrEqualTo(2);

        PrivacyEvaluation.Report strict = PrivacyEvaluation.run(PrivacyGuard.standard(), List.of(message), PrivacyEvaluation.Scoring.STRICT);
        PrivacyEvaluation.Report repeats = PrivacyEvaluation.run(PrivacyGuard.standard(), List.of(message), PrivacyEvaluation.Scoring.REPEATS);

        assertThat(strict.perType().get(PersonalDataType.PERSON_NAME).precision()).isLessThan(1.0);
        assertThat(repeats.perType().get(PersonalDataType.PERSON_NAME).precision()).isEqualTo(1.0);
        assertThat(repeats.perType().get(PersonalDataType.PERSON_NAME).recall()).isEqualTo(1.0);
    }

    @Test
    void aDifferentNameIsFalseInBothScorings() {
        String text = "Groet, Thijs Groenewegen. Mijn buurvrouw Fatima Bakkali heeft hetzelfde probleem.";
        PrivacyEvaluation.Message message = PrivacyEvaluation.tsv(List.of("nl\t" + text + "\tPERSON_NAME=Thijs Groenewegen"), "t-", 1).get(0);

        for (PrivacyEvaluation.Scoring scoring : PrivacyEvaluation.Scoring.values()) {
            PrivacyEvaluation.Report report = PrivacyEvaluation.run(PrivacyGuard.standard(), List.of(message), scoring);

            assertThat(report.perType().get(PersonalDataType.PERSON_NAME).found).as(scoring.name()).isEqualTo(2);
            assertThat(report.perType().get(PersonalDataType.PERSON_NAME).correctFindings).as(scoring.name()).isEqualTo(1);
        }
    }

    @Test
    void aRepeatIsAWholeWordNotAPartOfAnother() {
        String text = "Groet, Jan. Mijn buurman Janssen heeft hetzelfde probleem.";
        PrivacyEvaluation.Message message = PrivacyEvaluation.tsv(List.of("nl\t" + text + "\tPERSON_NAME=Jan"), "t-", 1).get(0);
        int janssen = text.indexOf("Janssen");
        nl.helder.guard.PersonalDataFinding finding = new nl.helder.guard.PersonalDataFinding(PersonalDataType.PERSON_NAME,
                janssen, janssen + "Janssen".length(), 0.9, "test");

        assertThat(PrivacyEvaluation.correct(text, message.spans(), finding, PrivacyEvaluation.Scoring.REPEATS)).isFalse();
    }
}
