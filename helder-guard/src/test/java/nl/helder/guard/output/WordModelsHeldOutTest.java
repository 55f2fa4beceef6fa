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
 * Leave one file out, for the two word models: each blind train file (one author each), and each file of honest
 * answers that is trained on, judged by a word model trained on everything else (the engineer's own answers are
 * always in), with the shipped cues (and, for manipulation, the shipped style) beside it. The cues were written, and
 * the cue and style models trained, with most of these files in view: this measures a word model's words on an author
 * they never saw, not the cues or the style, whose part of the "without" figures is in-sample for the older authors. Prints every line tried and checks that each shipped line is the one its rule gives.
 * Never on a report file. Re-run: {@code ./mvnw -q -o -pl helder-guard -Dtest=WordModelsHeldOutTest test}.
 */
class WordModelsHeldOutTest {

    private static final double[] LINES = {0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99};
    /** No left-out honest file may get more than this many answers more flagged than without the model. */
    private static final int EXTRA_HONEST_FLAGS = 1;

    /** Claims to be human: every left-out author keeps a precision of at least 0.90 (the target). */
    @Test
    void personTalkLineIsTheOneLeavingAuthorsOutGives() {
        Map<String, int[][]> byFile = leaveOneOut(WordModelsReproducibilityTest.PERSON_TALK);
        double chosen = chosen(byFile, (with, without) -> precision(with) >= 0.90);
        print(byFile, chosen, PersonTalk.LINE);
        printSecondHonest(WordModelsReproducibilityTest.PERSON_TALK);
        assertThat(chosen).isEqualTo(PersonTalk.LINE);
    }

    /**
     * Manipulation: no left-out author's precision falls more than 0.01 below that of the cues and the style without
     * the model (the cues' precision is under the 0.90 on several authors already; the model may not widen it).
     */
    @Test
    void manipulationWordsLineIsTheOneLeavingAuthorsOutGives() {
        Map<String, int[][]> byFile = leaveOneOut(WordModelsReproducibilityTest.MANIPULATION_WORDS);
        double chosen = chosen(byFile, (with, without) -> precision(with) >= precision(without) - 0.01);
        print(byFile, chosen, ManipulationWords.LINE);
        printSecondHonest(WordModelsReproducibilityTest.MANIPULATION_WORDS);
        assertThat(chosen).isEqualTo(ManipulationWords.LINE);
    }

    private interface AuthorRule {
        boolean holds(int[] withModel, int[] withoutModel);
    }

    /** Per file (left out): per line {right, false, missed}; the last row is without the model. */
    private static Map<String, int[][]> leaveOneOut(WordModelsReproducibilityTest.Kind kind) {
        Map<String, int[][]> byFile = new LinkedHashMap<>();
        List<String> honestFiles = AnswerModelReproducibilityTest.HONEST_INPUTS;
        for (BlindSet heldOut : WordModelsReproducibilityTest.INPUTS) {
            List<BlindSet> others = new ArrayList<>(WordModelsReproducibilityTest.INPUTS);
            others.remove(heldOut);
            byFile.put(heldOut.label(), judge(kind, ManipulationEvaluation.parse(heldOut.lines("answers")), kind.train(others, honestFiles, List.of())));
        }
        for (String honest : honestFiles) {
            List<String> otherHonest = honestFiles.stream().filter(h -> !h.equals(honest)).toList();
            byFile.put(honest, judge(kind, ManipulationEvaluation.honest(honest), kind.train(WordModelsReproducibilityTest.INPUTS, otherHonest, List.of())));
        }
        return byFile;
    }

    /** The lowest line at which every left-out author meets {@code rule} and no honest file gets too many more flags. */
    private static double chosen(Map<String, int[][]> byFile, AuthorRule rule) {
        for (int l = 0; l < LINES.length; l++) {
            boolean holds = true;
            for (Map.Entry<String, int[][]> file : byFile.entrySet()) {
                int[] with = file.getValue()[l];
                int[] without = file.getValue()[LINES.length];
                holds &= file.getKey().endsWith(".tsv") ? with[1] - without[1] <= EXTRA_HONEST_FLAGS : rule.holds(with, without);
            }
            if (holds) {
                return LINES[l];
            }
        }
        return Double.NaN;
    }

    private static int[][] judge(WordModelsReproducibilityTest.Kind kind, List<ManipulationEvaluation.Labelled> answers, WordModel model) {
        boolean human = kind.kind() == CueHit.Kind.HUMAN;
        int[][] counts = new int[LINES.length + 1][3];
        for (ManipulationEvaluation.Labelled answer : answers) {
            AnswerJudgement judgement = human
                    ? AnswerJudgement.of(answer.text(), answer.sources(), AnswerModel.standard(), AnswerStyleModel.standard(), model, ManipulationWords.model())
                    : AnswerJudgement.of(answer.text(), answer.sources(), AnswerModel.standard(), AnswerStyleModel.standard(), PersonTalk.model(), model);
            boolean expected = answer.labels().contains(kind.label());
            boolean without = human ? judgement.humanProbability() >= AnswerJudgement.THRESHOLD
                    : judgement.manipulationByCuesOrStyle();
            double probability = human ? judgement.personTalkProbability() : judgement.manipulationWordsProbability();
            for (int l = 0; l < LINES.length; l++) {
                AnswerModelHeldOutTest.count(counts[l], expected, without || probability >= LINES[l]);
            }
            AnswerModelHeldOutTest.count(counts[LINES.length], expected, without);
        }
        return counts;
    }

    /** Round five's blind honest answers are never trained on and never read: only their count per line is printed. */
    private static void printSecondHonest(WordModelsReproducibilityTest.Kind kind) {
        WordModel shipped = kind.kind() == CueHit.Kind.HUMAN ? PersonTalk.model() : ManipulationWords.model();
        int[][] counts = judge(kind, ManipulationEvaluation.honest("/evaluation/blind5/honest/answers-honest-c.tsv"), shipped);
        StringBuilder line = new StringBuilder("blind honest answers C (120, never trained on), flagged " + kind.label() + ": without the model "
                + counts[LINES.length][1]);
        for (int l = 0; l < LINES.length; l++) {
            line.append(String.format(Locale.ROOT, ", %.2f: %d", LINES[l], counts[l][1]));
        }
        System.out.println(line);
    }

    private static void print(Map<String, int[][]> byFile, double chosen, double shipped) {
        for (Map.Entry<String, int[][]> file : byFile.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s without %s", file.getKey(), AnswerModelHeldOutTest.figures(file.getValue()[LINES.length])));
            for (int l = 0; l < LINES.length; l++) {
                line.append(String.format(Locale.ROOT, " | %.2f: %s", LINES[l], AnswerModelHeldOutTest.figures(file.getValue()[l])));
            }
            System.out.println(line);
        }
        System.out.println("line by the rule: " + chosen + ", shipped: " + shipped);
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }
}
