package nl.helder.guard.signals;

import nl.helder.guard.Signal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the {@link SignalModel} from labelled {@code lang<TAB>labels<TAB>text} files: one logistic regression per
 * signal by stochastic gradient descent, the positives of each signal weighted to balance, L2 regularisation, word
 * features only when seen in at least two messages, a fixed seed and weights rounded to four decimals, so the same
 * files always give the same model, byte for byte ({@code SignalModelReproducibilityTest}).
 *
 * <p>Usage: {@code java -cp helder-guard.jar nl.helder.guard.signals.SignalModelTrainer OUT FILE...}
 */
public final class SignalModelTrainer {

    private static final int MIN_DOCUMENTS = 2;
    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 1e-3;
    private static final double KEPT_WEIGHT = 0.01;
    private static final long SEED = 20_261_130L;

    /** One labelled message. */
    record Example(Set<Signal> labels, String text) {
    }

    private SignalModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            train(files, out);
        }
    }

    /** Trains on the files and writes the model to {@code out}; returns the number of messages trained on. */
    static int train(List<Path> files, Writer out) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Helder signal model: logistic regression per signal over concepts, concept pairs, words, stems (p:) and compound heads (s:) (SignalModelTrainer).");
        header.add("Columns: feature, then the weight for " + String.join(", ", java.util.Arrays.stream(Signal.values()).map(Enum::name).toList()));
        for (Path file : files) {
            List<Example> read = read(file);
            examples.addAll(read);
            header.add("trained on " + file.getFileName() + ": " + read.size() + " messages");
        }
        Map<String, double[]> weights = train(examples);
        double[] bias = weights.remove("bias");
        new SignalModel(bias, null, null, header).write(out, weights);
        return examples.size();
    }

    static List<Example> read(Path file) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 3);
            Set<Signal> labels = EnumSet.noneOf(Signal.class);
            if (!columns[1].equals("-")) {
                for (String label : columns[1].split(",")) {
                    labels.add(Signal.valueOf(label.trim()));
                }
            }
            examples.add(new Example(labels, columns[2]));
        }
        return examples;
    }

    /** The rounded weights by feature name, and the biases under "bias". */
    static Map<String, double[]> train(List<Example> examples) {
        Signal[] signals = Signal.values();
        List<List<double[]>> active = new ArrayList<>();
        Map<String, Integer> documents = new HashMap<>();
        List<Set<String>> featureSets = new ArrayList<>();
        for (Example example : examples) {
            Set<String> features = SignalModel.features(TaggedMessage.of(example.text(), Lexicon.standard()));
            featureSets.add(features);
            features.forEach(f -> documents.merge(f, 1, Integer::sum));
        }
        Map<String, double[]> weights = new HashMap<>();
        documents.forEach((feature, count) -> {
            if (feature.startsWith("c:") || count >= MIN_DOCUMENTS) {
                weights.put(feature, new double[signals.length]);
            }
        });
        for (Set<String> features : featureSets) {
            List<double[]> rows = new ArrayList<>();
            for (String feature : features) {
                double[] row = weights.get(feature);
                if (row != null) {
                    rows.add(row);
                }
            }
            active.add(rows);
        }
        double[] positiveWeight = new double[signals.length];
        double[] negativeWeight = new double[signals.length];
        for (int s = 0; s < signals.length; s++) {
            int positives = 0;
            for (Example example : examples) {
                positives += example.labels().contains(signals[s]) ? 1 : 0;
            }
            positiveWeight[s] = examples.size() / (2.0 * Math.max(1, positives));
            negativeWeight[s] = examples.size() / (2.0 * Math.max(1, examples.size() - positives));
        }
        double[] bias = new double[signals.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        long step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                List<double[]> rows = active.get(index);
                double rate = LEARNING_RATE / (1 + step++ * 1e-4);
                for (int s = 0; s < signals.length; s++) {
                    double sum = bias[s];
                    for (double[] row : rows) {
                        sum += row[s];
                    }
                    boolean positive = examples.get(index).labels().contains(signals[s]);
                    double predicted = 1 / (1 + Math.exp(-sum));
                    double gradient = ((positive ? 1 : 0) - predicted) * (positive ? positiveWeight[s] : negativeWeight[s]);
                    for (double[] row : rows) {
                        row[s] += rate * (gradient - L2 * row[s]);
                    }
                    bias[s] += rate * gradient;
                }
            }
        }
        Map<String, double[]> kept = new HashMap<>();
        weights.forEach((feature, row) -> {
            boolean any = false;
            double[] rounded = new double[row.length];
            for (int s = 0; s < row.length; s++) {
                rounded[s] = Double.parseDouble(SignalModel.format(row[s]));
                any |= Math.abs(rounded[s]) >= KEPT_WEIGHT;
            }
            if (any) {
                kept.put(feature, rounded);
            }
        });
        double[] roundedBias = new double[bias.length];
        for (int s = 0; s < bias.length; s++) {
            roundedBias[s] = Double.parseDouble(SignalModel.format(bias[s]));
        }
        kept.put("bias", roundedBias);
        return kept;
    }
}
