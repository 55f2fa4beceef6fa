package nl.helder.guard.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the {@link AnswerModel}: per kind, logistic regression by stochastic gradient descent over the cues
 * the sources do not carry, classes weighted to balance and a fixed seed, so the same examples always give the
 * same weights, digit for digit. Every cue starts as a rule: weight {@value #PRIOR} against a fixed bias of
 * {@value #BIAS}, so alone it flags; regularisation pulls back towards that prior, not to zero, so a cue the
 * examples never show keeps flagging, and the examples only move the cues they do show (a cue that also fires
 * on clean answers drops below the line, one that needs company stays near it). The bias stays fixed because an
 * answer without cues is never flagged whatever it is.
 */
final class AnswerModelTrainer {

    private static final int EPOCHS = 200;
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 0.01;
    private static final long SEED = 20_261_130L;
    static final double PRIOR = 2.0;
    static final double BIAS = -1.0;
    /**
     * A broad family ({@code broad} in the cue file: it also fires on honest service language) starts at this weight
     * and stays between 0 and {@link #BROAD_CAP}: alone it stays below the line, with a second cue it flags, and it
     * never counts against one. Round twenty-four: unbounded below, training had pushed five broad families under zero
     * ("most of the answer is not in its sources" to -1.72 for claims to be human), so that a personal story, whose
     * words no help text has, un-flagged the very cue that named it.
     */
    static final double BROAD_PRIOR = 0.5;
    static final double BROAD_CAP = 0.9;

    /**
     * One training answer.
     *
     * @param kind     the kind it is labelled for
     * @param positive whether it is of that kind
     */
    record Example(CueHit.Kind kind, boolean positive, String answer, List<String> sources) {
    }

    private AnswerModelTrainer() {
    }

    static AnswerModel train(List<Example> examples, List<String> header) {
        Map<CueHit.Kind, AnswerModel.Weights> weights = new EnumMap<>(CueHit.Kind.class);
        for (CueHit.Kind kind : CueHit.Kind.values()) {
            List<Example> ofKind = examples.stream().filter(e -> e.kind() == kind).toList();
            List<List<String>> features = new ArrayList<>();
            for (Example example : ofKind) {
                features.add(OutputCues.find(example.answer(), example.sources()).stream()
                        .filter(h -> h.kind() == kind && !h.carried()).map(CueHit::name).toList());
            }
            weights.put(kind, trainOne(ofKind, features, OutputCues.names(kind), OutputCues.broadNames()));
        }
        return new AnswerModel(weights, header);
    }

    private static AnswerModel.Weights trainOne(List<Example> examples, List<List<String>> features, List<String> names, java.util.Set<String> broad) {
        long positives = examples.stream().filter(Example::positive).count();
        if (positives == 0 || positives == examples.size()) {
            throw new IllegalArgumentException("training needs positive and negative examples");
        }
        double positiveWeight = examples.size() / (2.0 * positives);
        double negativeWeight = examples.size() / (2.0 * (examples.size() - positives));
        Map<String, double[]> weights = new LinkedHashMap<>();
        names.forEach(name -> weights.put(name, new double[] {broad.contains(name) ? BROAD_PRIOR : PRIOR}));
        double bias = BIAS;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                double sum = bias;
                for (String feature : features.get(index)) {
                    sum += weights.get(feature)[0];
                }
                boolean positive = examples.get(index).positive();
                double gradient = ((positive ? 1 : 0) - 1 / (1 + StrictMath.exp(-sum))) * (positive ? positiveWeight : negativeWeight);
                for (String feature : features.get(index)) {
                    double[] weight = weights.get(feature);
                    weight[0] += LEARNING_RATE * gradient;
                }
            }
            // Pull every weight back towards the prior once per epoch: a cue few examples show stays near its rule.
            weights.forEach((name, w) -> {
                boolean isBroad = broad.contains(name);
                w[0] -= LEARNING_RATE * L2 * (w[0] - (isBroad ? BROAD_PRIOR : PRIOR));
                if (isBroad) {
                    w[0] = Math.max(0, Math.min(w[0], BROAD_CAP));
                }
            });
        }
        Map<String, Double> kept = new LinkedHashMap<>();
        weights.forEach((name, weight) -> kept.put(name, Double.parseDouble(WeightsFile.format(weight[0]))));
        return new AnswerModel.Weights(Double.parseDouble(WeightsFile.format(bias)), kept);
    }
}
