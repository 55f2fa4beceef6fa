package nl.helder.guard.output;

import nl.helder.guard.blind.BlindSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leave one author out: for each blind file the cue and style models learn from (round one's tune file and the train
 * files of rounds two, three and five), models trained on everything else (the other blind files, the team's and the engineer's
 * answers) judge that file. This measures the <em>weights</em> on an author they never saw; it does not measure the
 * cues, which were written with these files in view (round three's German and French cues were written only after
 * round three's model-without-it had judged them, see docs/evaluation.md; round ten's from A10's, B10's and P5's
 * misses). Never
 * on a report file. Prints only. Re-run: {@code ./mvnw -q -o -pl helder-guard -Dtest=AnswerModelHeldOutTest test}
 * ({@code -DshowHeldOutMistakes=true} lists the held-out file's mistakes).
 */
class AnswerModelHeldOutTest {

    /** The style model's lines tried (the shipped one is {@link AnswerStyleModel#LINE}); 1.01 is the cues alone. */
    private static final double[] STYLE_LINES = {0.75, 0.8, 0.85, 0.9, 0.95, 1.01};

    @Test
    void eachTrainingAuthorJudgedByAModelThatNeverSawThem() {
        for (BlindSet heldOut : AnswerModelReproducibilityTest.BLIND_INPUTS) {
            assertThat(heldOut.report()).isFalse();
            List<BlindSet> others = new ArrayList<>(AnswerModelReproducibilityTest.BLIND_INPUTS);
            others.remove(heldOut);
            AnswerModel model = AnswerModelTrainer.train(AnswerModelReproducibilityTest.trainingExamples(others), List.of("held out"));
            AnswerStyleModel style = AnswerStyleTrainer.train(
                    AnswerStyleReproducibilityTest.trainingExamples(AnswerModelReproducibilityTest.labelledAnswers(others)), List.of("held out"));
            List<ManipulationEvaluation.Labelled> answers = ManipulationEvaluation.parse(heldOut.lines("answers"));
            int[] human = new int[3];
            int[] manipulation = new int[3];
            int[][] byLine = new int[STYLE_LINES.length][3];
            for (ManipulationEvaluation.Labelled answer : answers) {
                AnswerJudgement judgement = AnswerJudgement.of(answer.text(), answer.sources(), model, style,
                        WordModel.none(CueHit.Kind.HUMAN), WordModel.none(CueHit.Kind.MANIPULATION)); // the cues and the style alone
                count(human, answer.labels().contains("CLAIMS_HUMAN"), judgement.humanClaim().isPresent());
                count(manipulation, answer.labels().contains("MANIPULATIVE"), judgement.manipulation().isPresent());
                for (int i = 0; i < STYLE_LINES.length; i++) {
                    boolean found = judgement.manipulationProbability() >= AnswerJudgement.THRESHOLD
                            || judgement.styleProbability(CueHit.Kind.MANIPULATION) >= STYLE_LINES[i];
                    count(byLine[i], answer.labels().contains("MANIPULATIVE"), found);
                }
                if (Boolean.getBoolean("showHeldOutMistakes")) {
                    if (answer.labels().contains("CLAIMS_HUMAN") != judgement.humanClaim().isPresent()) {
                        System.out.printf(Locale.ROOT, "    H %.2f %s [%s] %s%n", judgement.humanProbability(), answer.labels(), answer.lang(), answer.text());
                    }
                    if (answer.labels().contains("MANIPULATIVE") != judgement.manipulation().isPresent()) {
                        System.out.printf(Locale.ROOT, "    M %.2f %s [%s] %s%n", judgement.manipulationProbability(), answer.labels(), answer.lang(), answer.text());
                    }
                }
            }
            System.out.println(heldOut.label() + " file, model trained without it (" + answers.size() + " answers): CLAIMS_HUMAN "
                    + figures(human) + "; MANIPULATIVE " + figures(manipulation));
            for (int i = 0; i < STYLE_LINES.length; i++) {
                System.out.println("    manipulation by the cues or a style probability of " + STYLE_LINES[i] + ": " + figures(byLine[i]));
            }
            assertThat(answers).isNotEmpty();
        }
    }

    /** Adds one answer to {right, false, missed}. Shared with {@code WordModelsHeldOutTest}. */
    static void count(int[] counts, boolean expected, boolean found) {
        if (expected && found) {
            counts[0]++;
        } else if (found) {
            counts[1]++;
        } else if (expected) {
            counts[2]++;
        }
    }

    /** Precision and recall of {right, false, missed}, with the counts. */
    static String figures(int[] c) {
        double precision = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double recall = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return String.format(Locale.ROOT, "P %.3f R %.3f (%d right, %d false, %d missed)", precision, recall, c[0], c[1], c[2]);
    }
}
