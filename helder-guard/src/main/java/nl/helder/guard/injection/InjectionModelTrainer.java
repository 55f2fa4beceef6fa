package nl.helder.guard.injection;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the {@link InjectionModel}: logistic regression by stochastic gradient descent over word and word-pair
 * features seen in at least two examples, with the classes weighted to balance (attacks are few), L2
 * regularisation, and a fixed seed, so that the same data always gives the same model, byte for byte.
 */
public final class InjectionModelTrainer {

    private static final int MIN_DOCUMENTS = 2;
    private static final int EPOCHS = 20;
    private static final double LEARNING_RATE = 0.2;
    private static final double L2 = 1e-3;
    private static final double KEPT_WEIGHT = 0.01;
    private static final long SEED = 20_251_122L;

    private InjectionModelTrainer() {
    }

    /**
     * Trains on the labelled files ({@code .jsonl} with labels, {@code .json} arrays of benign prompts) and the
     * benign prose under {@code proseFolders}, and writes the model to {@code out} in the format
     * {@link InjectionGuard#standard()} loads. Returns the number of examples trained on.
     */
    public static int train(List<Path> labelledFiles, List<Path> proseFolders, Writer out) throws IOException {
        List<LabelledText> examples = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Helder injection model: logistic regression over words and word pairs (InjectionModelTrainer).");
        header.add("Re-create: java -jar helder-guard.jar train-injection-model --data FILE... --prose DIR... --out FILE");
        for (Path file : labelledFiles) {
            List<LabelledText> read = InjectionData.read(file);
            examples.addAll(read);
            header.add("trained on " + file.getFileName() + ": " + read.size() + " examples, "
                    + read.stream().filter(LabelledText::injection).count() + " injections");
        }
        for (Path folder : proseFolders) {
            List<LabelledText> read = InjectionData.benignProse(folder);
            examples.addAll(read);
            header.add("trained on benign prose in " + folder.getFileName() + ": " + read.size() + " sentences");
        }
        train(examples, header).write(out);
        return examples.size();
    }

    static InjectionModel train(List<LabelledText> examples, List<String> header) {
        return train(examples, header, L2, MIN_DOCUMENTS);
    }

    /** As {@link #train(List, List)}, with another regularisation and feature cut-off (for choosing them by cross-validation). */
    static InjectionModel train(List<LabelledText> examples, List<String> header, double l2, int minDocuments) {
        List<Set<String>> featureSets = new ArrayList<>(examples.size());
        Map<String, Integer> documents = new HashMap<>();
        for (LabelledText example : examples) {
            Set<String> features = InjectionModel.features(InjectionText.of(example.text()).folded());
            featureSets.add(features);
            features.forEach(f -> documents.merge(f, 1, Integer::sum));
        }
        long attacks = examples.stream().filter(LabelledText::injection).count();
        if (attacks == 0 || attacks == examples.size()) {
            throw new IllegalArgumentException("training needs both injections and benign texts");
        }
        double attackWeight = examples.size() / (2.0 * attacks);
        double benignWeight = examples.size() / (2.0 * (examples.size() - attacks));

        Map<String, double[]> weights = new HashMap<>();
        documents.forEach((feature, count) -> {
            if (count >= minDocuments) {
                weights.put(feature, new double[1]);
            }
        });
        double bias = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        long step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                List<double[]> active = new ArrayList<>();
                double sum = bias;
                for (String feature : featureSets.get(index)) {
                    double[] weight = weights.get(feature);
                    if (weight != null) {
                        active.add(weight);
                        sum += weight[0];
                    }
                }
                boolean injection = examples.get(index).injection();
                double predicted = 1 / (1 + Math.exp(-sum));
                double gradient = ((injection ? 1 : 0) - predicted) * (injection ? attackWeight : benignWeight);
                double rate = LEARNING_RATE / (1 + step++ * 1e-4);
                for (double[] weight : active) {
                    weight[0] += rate * (gradient - l2 * weight[0]);
                }
                bias += rate * gradient;
            }
        }
        Map<String, Double> kept = new HashMap<>();
        weights.forEach((feature, weight) -> {
            if (Math.abs(weight[0]) >= KEPT_WEIGHT) {
                kept.put(feature, Double.parseDouble(InjectionModel.format(weight[0])));
            }
        });
        return new InjectionModel(Double.parseDouble(InjectionModel.format(bias)), kept, header);
    }
}
