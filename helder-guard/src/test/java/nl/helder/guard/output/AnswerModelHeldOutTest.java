package nl.helder.guard.output;

import nl.helder.guard.blind.BlindSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the answer model does on answers by an author it never learned from: trained on everything the shipped
 * model learns from except round two's train file, then judged on that file. This is the measure the model's
 * settings were chosen on (never a report file); the shipped model also learns from that file, so its own
 * figures on it mean nothing. Prints only. Re-run: {@code ./mvnw -q -o -pl helder-guard -Dtest=AnswerModelHeldOutTest test}.
 */
class AnswerModelHeldOutTest {

    @Test
    void roundTwoTrainFileJudgedByAModelThatNeverSawIt() {
        List<AnswerModelTrainer.Example> examples = AnswerModelReproducibilityTest.trainingExamples(List.of(BlindSet.TUNE));
        AnswerModel model = AnswerModelTrainer.train(examples, List.of("held out"));
        List<ManipulationEvaluation.Labelled> answers = ManipulationEvaluation.parse(BlindSet.TRAIN_2.lines("answers"));
        int[] human = new int[3];
        int[] manipulation = new int[3];
        for (ManipulationEvaluation.Labelled answer : answers) {
            AnswerJudgement judgement = AnswerJudgement.of(answer.text(), answer.sources(), model);
            count(human, answer.labels().contains("CLAIMS_HUMAN"), judgement.humanClaim().isPresent());
            count(manipulation, answer.labels().contains("MANIPULATIVE"), judgement.manipulation().isPresent());
            if (Boolean.getBoolean("showHeldOutMistakes")) {
                if (answer.labels().contains("CLAIMS_HUMAN") != judgement.humanClaim().isPresent()) {
                    System.out.printf(Locale.ROOT, "    H %.2f %s [%s] %s%n", judgement.humanProbability(), answer.labels(), answer.lang(), answer.text());
                }
                if (answer.labels().contains("MANIPULATIVE") != judgement.manipulation().isPresent()) {
                    System.out.printf(Locale.ROOT, "    M %.2f %s [%s] %s%n", judgement.manipulationProbability(), answer.labels(), answer.lang(), answer.text());
                }
            }
        }
        System.out.println("Round two's train file, model trained without it (" + answers.size() + " answers): CLAIMS_HUMAN "
                + figures(human) + "; MANIPULATIVE " + figures(manipulation));
        assertThat(answers).hasSize(320);
    }

    private static void count(int[] counts, boolean expected, boolean found) {
        if (expected && found) {
            counts[0]++;
        } else if (found) {
            counts[1]++;
        } else if (expected) {
            counts[2]++;
        }
    }

    private static String figures(int[] c) {
        double precision = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double recall = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return String.format(Locale.ROOT, "P %.3f R %.3f (%d right, %d false, %d missed)", precision, recall, c[0], c[1], c[2]);
    }
}
