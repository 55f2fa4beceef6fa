package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-validation of the signal model on its training messages (never a report file), one fold per training file:
 * the model is trained on every other file and judged on the one left out. Each file is one author's (a blind
 * author's, or the team's), so a fold asks what a model learnt from some authors makes of another's phrasing, which
 * is the question the report files ask; random folds mix an author's near-identical sentences into both halves and
 * flatter the model. Precision and recall per threshold, from which {@link SignalModel#THRESHOLDS} were chosen.
 * Still optimistic for the rules, which were written with these messages in view.
 */
class SignalModelCrossValidationTest {

    private static final double[] GRID = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9};
    /**
     * F1 differences below this are ties, and a tie goes to the higher threshold: the curves move by about this much
     * when a training file is added, and a false signal hands a customer over for nothing. (Set after a report run
     * in which 0.7 for FRUSTRATION, 0.005 better here, lowered frustration precision on two report files; see the
     * README's round-three table.)
     */
    private static final double F1_TIE = 0.01;
    @Test
    void thresholdsKeepTheModelPrecise() throws IOException {
        List<List<SignalModelTrainer.Example>> byAuthor = new ArrayList<>();
        for (var file : SignalModelReproducibilityTest.TRAINING) {
            byAuthor.add(SignalModelTrainer.read(file));
        }
        int[][][] counts = new int[GRID.length + 1][Signal.values().length][3]; // per threshold (last: shipped): tp, fp, fn
        int[][][] combined = new int[GRID.length + 1][Signal.values().length][3]; // the same for rules or model
        for (int fold = 0; fold < byAuthor.size(); fold++) {
            List<SignalModelTrainer.Example> train = new ArrayList<>();
            for (int other = 0; other < byAuthor.size(); other++) {
                if (other != fold) {
                    train.addAll(byAuthor.get(other));
                }
            }
            List<SignalModelTrainer.Example> test = byAuthor.get(fold);
            SignalModel model = trained(train);
            for (var example : test) {
                TaggedMessage message = TaggedMessage.of(example.text(), Lexicon.standard());
                double[] p = model.probabilities(message);
                java.util.Set<Signal> rules = ConversationSignals.rules(message);
                for (int t = 0; t <= GRID.length; t++) {
                    for (int s = 0; s < p.length; s++) {
                        double threshold = t < GRID.length ? GRID[t] : SignalModel.THRESHOLDS[s];
                        boolean expected = example.labels().contains(Signal.values()[s]);
                        boolean detected = p[s] >= threshold && SignalModel.admits(Signal.values()[s], message);
                        if (expected || detected) {
                            counts[t][s][expected && detected ? 0 : detected ? 1 : 2]++;
                        }
                        boolean either = detected || rules.contains(Signal.values()[s]);
                        if (expected || either) {
                            combined[t][s][expected && either ? 0 : either ? 1 : 2]++;
                        }
                    }
                }
            }
        }
        for (int t = 0; t <= GRID.length; t++) {
            StringBuilder line = new StringBuilder(t < GRID.length ? "threshold " + GRID[t] : "shipped thresholds");
            for (int s = 0; s < Signal.values().length; s++) {
                line.append(String.format(Locale.ROOT, " | %s P %.3f R %.3f", Signal.values()[s], precision(counts[t][s]), recall(counts[t][s])));
            }
            System.out.println(line);
        }
        System.out.println("Rules or model (the detector), the model trained on the other folds:");
        for (int t = 0; t <= GRID.length; t++) {
            StringBuilder line = new StringBuilder(t < GRID.length ? "threshold " + GRID[t] : "shipped thresholds");
            for (int s = 0; s < Signal.values().length; s++) {
                line.append(String.format(Locale.ROOT, " | %s P %.3f R %.3f", Signal.values()[s], precision(combined[t][s]), recall(combined[t][s])));
            }
            System.out.println(line);
        }
        // The rule that chose SignalModel.THRESHOLDS, so that they are derived here, not picked by hand: per signal
        // the grid threshold with the best F1 of rules-or-model (ties, within F1_TIE: the higher), among those at which the model
        // alone keeps the precision target (0.95) for the two signals that have one, and at least 0.7 for
        // COMPLAINT (a plain question about a damaged parcel scored 0.60 in the server's tests; every signal hands over).
        double[] chosen = new double[Signal.values().length];
        StringBuilder best = new StringBuilder("Chosen thresholds:");
        for (int s = 0; s < Signal.values().length; s++) {
            Signal signal = Signal.values()[s];
            // The best F1 first, then the highest threshold within F1_TIE of it: compared with the best, not with the
            // last threshold taken, or a run of small steps down (0.868, 0.863, 0.854, 0.847) would each count as a tie
            // and drift to the top of the grid, as it did for COMPLAINT until round nine.
            double bestF1 = -1;
            for (int t = 0; t < GRID.length; t++) {
                if (eligible(signal, t, counts[t][s])) {
                    bestF1 = Math.max(bestF1, f1(combined[t][s]));
                }
            }
            int argmax = -1;
            for (int t = 0; t < GRID.length; t++) {
                if (eligible(signal, t, counts[t][s]) && f1(combined[t][s]) >= bestF1 - F1_TIE) {
                    argmax = t;
                }
            }
            chosen[s] = GRID[argmax < 0 ? GRID.length - 1 : argmax];
            best.append(String.format(Locale.ROOT, " %s %.2f (F1 %.3f)", signal, chosen[s], f1(combined[Math.max(argmax, 0)][s])));
        }
        System.out.println(best);
        assertThat(SignalModel.THRESHOLDS).as("the shipped thresholds are the ones this rule chooses").containsExactly(chosen);
    }

    /** The model alone keeps the precision target for the two signals that have one; COMPLAINT never below 0.7. */
    private static boolean eligible(Signal signal, int t, int[] modelCounts) {
        boolean precise = (signal != Signal.HUMAN_REQUEST && signal != Signal.HIGH_RISK_TOPIC) || precision(modelCounts) >= 0.95;
        boolean allowed = signal != Signal.COMPLAINT || GRID[t] >= 0.7;
        return precise && allowed;
    }

    private static SignalModel trained(List<SignalModelTrainer.Example> train) {
        Map<String, double[]> weights = SignalModelTrainer.train(train);
        double[] bias = weights.remove("bias");
        StringWriter text = new StringWriter();
        try {
            new SignalModel(bias, null, null, List.of()).write(text, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SignalModel.parse(text.toString());
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }
}
