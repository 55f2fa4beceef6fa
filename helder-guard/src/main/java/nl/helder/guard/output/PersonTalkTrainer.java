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
 * Trains {@link PersonTalkModel}: logistic regression over the {@link PersonTalk} features by stochastic gradient
 * descent, positives and negatives weighed to count equally, an L2 penalty applied to the features an example shows,
 * a fixed seed and a fixed number of epochs, so the same answers always give the same weights. A word seen in fewer
 * than {@value #MIN_EXAMPLES} training answers is no feature: one author's one-off word says nothing of the next.
 */
final class PersonTalkTrainer {

    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.2;
    private static final double L2 = 20.0;
    private static final long SEED = 20_261_201L;
    static final int MIN_EXAMPLES = 2;
    /**
     * A word in more than this share of the training answers is no feature either: "the", "het", "votre", "on" are in
     * every kind of answer, and weighed they made "I have checked your file, the refund is on its way" a claim.
     */
    static final double MAX_SHARE = 0.05;

    /** One labelled answer: whether it claims to be human. */
    record Example(boolean claimsHuman, String answer) {
    }

    private PersonTalkTrainer() {
    }

    static PersonTalkModel train(List<Example> examples, List<String> header) {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Example example : examples) {
            Set<String> of = PersonTalk.features(example.answer());
            if (!of.contains(PersonTalk.FIRST_PERSON_SENTENCE)) {
                continue; // the model never judges such an answer, so it does not learn from one either
            }
            of.forEach(f -> seen.merge(f, 1, Integer::sum));
            features.add(new ArrayList<>(of));
            labels.add(example.claimsHuman());
        }
        features.replaceAll(f -> f.stream().filter(name -> name.equals(PersonTalk.FIRST_PERSON_SENTENCE)
                || seen.get(name) >= MIN_EXAMPLES && seen.get(name) <= MAX_SHARE * labels.size()).toList());
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
                double sum = PersonTalk.sum(bias, weights, features.get(index));
                boolean positive = labels.get(index);
                double gradient = ((positive ? 1 : 0) - 1 / (1 + StrictMath.exp(-sum))) * (positive ? positiveWeight : negativeWeight);
                for (String feature : features.get(index)) {
                    if (!PersonTalk.weighed(feature)) {
                        continue;
                    }
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
        return new PersonTalkModel(Double.parseDouble(WeightsFile.format(bias)), kept, header);
    }
}
