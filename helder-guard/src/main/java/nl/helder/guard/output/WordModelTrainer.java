package nl.helder.guard.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains a {@link WordModel}: logistic regression over word features by stochastic gradient descent, positives and
 * negatives weighed to count equally, an L2 penalty applied to the features an example shows, a fixed seed and a
 * fixed number of epochs, so the same answers always give the same weights. A word seen in fewer than
 * {@value #MIN_EXAMPLES} training answers is no feature (one author's one-off word says nothing of the next), nor is
 * a word in more than the given share of them ("the", "het", "votre" are in every kind of answer; weighed, they
 * made "I have checked your file, the refund is on its way" a claim to be human). Answers without features are
 * never judged, so they teach nothing either.
 */
final class WordModelTrainer {

    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.2;
    private static final double L2 = 20.0;
    private static final long SEED = 20_261_201L;
    static final int MIN_EXAMPLES = 2;

    /** One labelled answer's features, and whether it is of the model's kind. */
    record Example(boolean positive, Set<String> features) {
    }

    private WordModelTrainer() {
    }

    static WordModel train(CueHit.Kind kind, List<Example> examples, double maxShare, List<String> header) {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Example example : examples) {
            if (example.features().isEmpty()) {
                continue;
            }
            example.features().forEach(f -> seen.merge(f, 1, Integer::sum));
            features.add(new ArrayList<>(new java.util.TreeSet<>(example.features())));
            labels.add(example.positive());
        }
        features.replaceAll(f -> f.stream().filter(name -> seen.get(name) >= MIN_EXAMPLES && seen.get(name) <= maxShare * labels.size()).toList());
        long positives = labels.stream().filter(b -> b).count();
        if (positives == 0 || positives == labels.size()) {
            throw new IllegalArgumentException("training needs positive and negative examples");
        }
        int n = labels.size();
        double positiveWeight = n / (2.0 * positives);
        double negativeWeight = n / (2.0 * (n - positives));
        Map<String, Double> weights = new TreeMap<>();
        double bias = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                double sum = bias;
                for (String feature : features.get(index)) {
                    sum += weights.getOrDefault(feature, 0.0);
                }
                boolean positive = labels.get(index);
                double gradient = ((positive ? 1 : 0) - 1 / (1 + StrictMath.exp(-sum))) * (positive ? positiveWeight : negativeWeight);
                for (String feature : features.get(index)) {
                    double w = weights.getOrDefault(feature, 0.0);
                    weights.put(feature, w + LEARNING_RATE * gradient - LEARNING_RATE * L2 / n * w);
                }
                bias += LEARNING_RATE * gradient;
            }
        }
        Map<String, Double> kept = new TreeMap<>();
        weights.forEach((name, w) -> {
            double rounded = Double.parseDouble(WeightsFile.format(w));
            if (rounded != 0) {
                kept.put(name, rounded);
            }
        });
        return new WordModel(kind, Double.parseDouble(WeightsFile.format(bias)), kept, header);
    }
}
