package nl.helder.guard.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A logistic-regression model over the words of an answer ({@link PersonTalk}: how it speaks of its writer;
 * {@link ManipulationWords}: what it says that its sources do not), for one {@link CueHit.Kind}. It judges an answer
 * only when the answer has features, and its caller decides only far above the middle: the cues
 * ({@link AnswerModel}) decide first, and a word model adds what no cue names. Trained by {@link WordModelTrainer};
 * shipped in {@link WeightsFile}'s form.
 */
final class WordModel {

    private final CueHit.Kind kind;
    private final double bias;
    private final Map<String, Double> weights;
    private final List<String> header;

    WordModel(CueHit.Kind kind, double bias, Map<String, Double> weights, List<String> header) {
        this.kind = kind;
        this.bias = bias;
        this.weights = Map.copyOf(weights);
        this.header = List.copyOf(header);
    }

    /** The probability that an answer with these features is of this model's kind; 0 for an answer without features. */
    double probability(Set<String> features) {
        if (features.isEmpty()) {
            return 0;
        }
        double sum = bias;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /**
     * The {@code limit} words that raised the probability most, as written words ("office, freezing, typing", not the
     * features' "f:office"), for the reason shown to a reviewer or in a probe's report.
     */
    String strongest(Set<String> features, int limit) {
        return features.stream().filter(f -> weights.getOrDefault(f, 0.0) > 0)
                .sorted(Comparator.comparingDouble((String f) -> -weights.get(f)).thenComparing(Comparator.naturalOrder()))
                .map(f -> f.substring(f.indexOf(':') + 1)).distinct()
                .limit(limit).collect(Collectors.joining(", "));
    }

    /** Writes the model in {@link WeightsFile}'s form, features sorted by name. */
    void write(Writer out) throws IOException {
        Map<CueHit.Kind, Double> biases = new EnumMap<>(CueHit.Kind.class);
        biases.put(kind, bias);
        Map<CueHit.Kind, Map<String, Double>> features = new EnumMap<>(CueHit.Kind.class);
        features.put(kind, new java.util.TreeMap<>(weights));
        new WeightsFile(header, biases, features).write(out);
    }

    /** A model that judges nothing (probability 0 for every answer): to measure the cues and the style without a word model. */
    static WordModel none(CueHit.Kind kind) {
        return new WordModel(kind, Double.NEGATIVE_INFINITY, Map.of(), List.of());
    }

    /** The model of {@code kind} shipped as {@code resource} next to this class. */
    static WordModel load(String resource, CueHit.Kind kind) {
        WeightsFile file = WeightsFile.load(WordModel.class, resource);
        return new WordModel(kind, java.util.Objects.requireNonNull(file.biases().get(kind), "no bias for " + kind + " in " + resource),
                file.features().getOrDefault(kind, Map.of()), file.header());
    }
}
