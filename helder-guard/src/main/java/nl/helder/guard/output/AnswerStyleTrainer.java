package nl.helder.guard.output;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains {@link AnswerStyleModel} from labelled answers: per kind, a logistic regression over the
 * {@link AnswerStyle} features by full-batch gradient descent with an L2 penalty, positives and negatives weighed
 * to count equally. No randomness and a fixed number of steps, so the same answers always give the same weights.
 */
final class AnswerStyleTrainer {

    private static final int STEPS = 3000;
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 1.0;

    /** One labelled answer for one kind. */
    record Example(CueHit.Kind kind, boolean positive, String answer, List<String> sources) {
    }

    private AnswerStyleTrainer() {
    }

    static AnswerStyleModel train(List<Example> examples, List<String> header) {
        Map<CueHit.Kind, AnswerStyleModel.Weights> weights = new EnumMap<>(CueHit.Kind.class);
        List<String> names = AnswerStyle.names();
        for (CueHit.Kind kind : AnswerStyleModel.LINE.keySet()) {
            List<Example> ofKind = examples.stream().filter(e -> e.kind() == kind).toList();
            double[][] x = new double[ofKind.size()][];
            double[] y = new double[ofKind.size()];
            for (int i = 0; i < ofKind.size(); i++) {
                Map<String, Double> features = AnswerStyle.of(ofKind.get(i).answer(), new SourceSupport(ofKind.get(i).sources()));
                x[i] = names.stream().mapToDouble(n -> features.getOrDefault(n, 0.0)).toArray();
                y[i] = ofKind.get(i).positive() ? 1 : 0;
            }
            weights.put(kind, trainOne(x, y, names));
        }
        return new AnswerStyleModel(weights, header);
    }

    private static AnswerStyleModel.Weights trainOne(double[][] x, double[] y, List<String> names) {
        int n = y.length;
        double positives = 0;
        for (double label : y) {
            positives += label;
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("training needs positive and negative examples");
        }
        double positiveWeight = n / (2 * positives);
        double negativeWeight = n / (2 * (n - positives));
        double[] w = new double[names.size()];
        double bias = 0;
        double[] gradient = new double[w.length];
        for (int step = 0; step < STEPS; step++) {
            java.util.Arrays.fill(gradient, 0);
            double biasGradient = 0;
            for (int i = 0; i < n; i++) {
                double sum = bias;
                for (int j = 0; j < w.length; j++) {
                    sum += w[j] * x[i][j];
                }
                double error = (1 / (1 + StrictMath.exp(-sum)) - y[i]) * (y[i] == 1 ? positiveWeight : negativeWeight);
                for (int j = 0; j < w.length; j++) {
                    gradient[j] += error * x[i][j];
                }
                biasGradient += error;
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] / n + L2 * w[j] / n);
            }
            bias -= LEARNING_RATE * biasGradient / n;
        }
        Map<String, Double> kept = new LinkedHashMap<>();
        for (int j = 0; j < w.length; j++) {
            kept.put(names.get(j), Double.parseDouble(WeightsFile.format(w[j])));
        }
        return new AnswerStyleModel.Weights(Double.parseDouble(WeightsFile.format(bias)), kept);
    }
}
