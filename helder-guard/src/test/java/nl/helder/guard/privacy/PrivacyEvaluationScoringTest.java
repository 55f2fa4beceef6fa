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

        PrivacyEvaluation.Report repeats = PrivacyEvaluation.run(PrivacyGuard.standard(), List.of(message), PrivacyEvaluation.Scoring.REPEATS);

        assertThat(repeats.perType().get(PersonalDataType.PERSON_NAME).found).isEqualTo(2);
        assertThat(repeats.perType().get(PersonalDataType.PERSON_NAME).correctFindings).isEqualTo(1);
    }
}
