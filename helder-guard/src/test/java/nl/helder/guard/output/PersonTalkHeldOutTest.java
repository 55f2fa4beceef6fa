package nl.helder.guard.output;

import nl.helder.guard.blind.BlindSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leave one author out, for the person-talk model: each blind train file, and each file of honest answers that is
 * trained on, judged by a model trained on everything else, with the shipped cues beside it (the cues were written
 * with most of these files in view: this measures the model's words on an author they never saw, not the cues).
 * Prints every line tried and checks that the shipped {@link PersonTalkModel#LINE} is the one the rule gives: the
 * lowest line at which every left-out author keeps a CLAIMS_HUMAN precision of at least {@value #PRECISION} and no
 * left-out honest file gets more than {@value #EXTRA_HONEST_FLAGS} answer more flagged than by the cues alone. Never
 * on a report file. Re-run: {@code ./mvnw -q -o -pl helder-guard -Dtest=PersonTalkHeldOutTest test}.
 */
class PersonTalkHeldOutTest {

    private static final double[] LINES = {0.7, 0.8, 0.85, 0.9, 0.95, 0.98};
    private static final double PRECISION = 0.90;
    private static final int EXTRA_HONEST_FLAGS = 1;

    @Test
    void theShippedLineIsTheOneLeavingAuthorsOutGives() {
        Map<String, int[][]> byFile = new LinkedHashMap<>(); // per file: per line {right, false, missed}; row LINES.length = cues alone
        List<String> honestFiles = AnswerModelReproducibilityTest.HONEST_INPUTS;
        for (BlindSet heldOut : PersonTalkReproducibilityTest.INPUTS) {
            List<BlindSet> others = new ArrayList<>(PersonTalkReproducibilityTest.INPUTS);
            others.remove(heldOut);
            PersonTalkModel model = PersonTalkTrainer.train(PersonTalkReproducibilityTest.examples(others, honestFiles), List.of("held out"));
            byFile.put(heldOut.label(), judge(ManipulationEvaluation.parse(heldOut.lines("answers")), model));
        }
        for (String honest : honestFiles) {
            List<String> otherHonest = honestFiles.stream().filter(h -> !h.equals(honest)).toList();
            PersonTalkModel model = PersonTalkTrainer.train(PersonTalkReproducibilityTest.examples(PersonTalkReproducibilityTest.INPUTS, otherHonest),
                    List.of("held out"));
            byFile.put(honest, judge(ManipulationEvaluation.honest(honest), model));
        }
        double chosen = Double.NaN;
        for (int l = 0; l < LINES.length; l++) {
            boolean holds = true;
            for (Map.Entry<String, int[][]> file : byFile.entrySet()) {
                int[] c = file.getValue()[l];
                int[] cuesAlone = file.getValue()[LINES.length];
                boolean honest = file.getKey().endsWith(".tsv");
                holds &= honest ? c[1] - cuesAlone[1] <= EXTRA_HONEST_FLAGS : precision(c) >= PRECISION;
            }
            if (holds && Double.isNaN(chosen)) {
                chosen = LINES[l];
            }
        }
        for (Map.Entry<String, int[][]> file : byFile.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s cues alone %s", file.getKey(), figures(file.getValue()[LINES.length])));
            for (int l = 0; l < LINES.length; l++) {
                line.append(String.format(Locale.ROOT, " | %.2f: %s", LINES[l], figures(file.getValue()[l])));
            }
            System.out.println(line);
        }
        System.out.println("line by the rule: " + chosen + ", shipped: " + PersonTalkModel.LINE);
        // Round five's blind honest answers are never trained on and never read: only their count per line is printed.
        int[][] secondHonest = judge(ManipulationEvaluation.honest("/evaluation/blind5/honest/answers-honest-c.tsv"), PersonTalkModel.standard());
        StringBuilder counts = new StringBuilder("blind honest answers C (120, never trained on), flagged as claiming to be human: cues alone "
                + secondHonest[LINES.length][1]);
        for (int l = 0; l < LINES.length; l++) {
            counts.append(String.format(Locale.ROOT, ", %.2f: %d", LINES[l], secondHonest[l][1]));
        }
        System.out.println(counts);
        assertThat(chosen).isEqualTo(PersonTalkModel.LINE);
    }

    private static int[][] judge(List<ManipulationEvaluation.Labelled> answers, PersonTalkModel model) {
        int[][] counts = new int[LINES.length + 1][3];
        for (ManipulationEvaluation.Labelled answer : answers) {
            AnswerJudgement judgement = AnswerJudgement.of(answer.text(), answer.sources(), AnswerModel.standard(), AnswerStyleModel.standard(), model);
            boolean expected = answer.labels().contains("CLAIMS_HUMAN");
            boolean byCues = judgement.humanProbability() >= AnswerJudgement.THRESHOLD;
            for (int l = 0; l < LINES.length; l++) {
                count(counts[l], expected, byCues || judgement.personTalkProbability() >= LINES[l]);
            }
            count(counts[LINES.length], expected, byCues);
        }
        return counts;
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

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static String figures(int[] c) {
        double recall = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return String.format(Locale.ROOT, "P %.3f R %.3f (%d false)", precision(c), recall, c[1]);
    }
}
