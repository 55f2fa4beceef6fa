package nl.helder.guard.output;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic-regression model over an answer's {@link AnswerStyle} features for each kind in {@link #LINE} (today
 * manipulation only): how likely an answer written this way is of that kind. It decides only far above the middle:
 * the cues' model ({@link AnswerModel}) decides first, and the style adds what no cue names.
 * Trained by {@link AnswerStyleTrainer}; the shipped weights are in {@value #RESOURCE}.
 */
final class AnswerStyleModel {

    static final String RESOURCE = "answer-style.tsv";

    /**
     * The style alone flags an answer at or above this probability, per kind it judges. Chosen on the training
     * answers, never on a report file, by leaving each author out in turn ({@code AnswerModelHeldOutTest} prints every
     * line): the lowest line at which the cues and the style together keep a precision of 0.90 on every left-out
     * file whose cues alone reach it. Session five chose 0.9 by this rule; after the second review's fixes (no
     * judgement of very short answers, no "no source" feature) the rule gives 0.85: the round-five train file's author,
     * left out, goes from 0.733 recall (cues alone, precision 0.957) to 0.825 (0.925), round two's from 0.922 (0.959)
     * to 0.945 (0.903); at 0.8 round two's falls to 0.859. Claims to be human are not judged by style: honest answers
     * speak in the first person about what the assistant does ("I've checked, I can see"), and a person-style model
     * tried in session five kept no left-out author's precision at 0.95.
     */
    static final Map<CueHit.Kind, Double> LINE = Map.of(CueHit.Kind.MANIPULATION, 0.85);

    /** One kind's model. */
    record Weights(double bias, Map<String, Double> features) {
        Weights {
            features = Map.copyOf(features);
        }

        double probability(Map<String, Double> values) {
            double sum = bias;
            for (Map.Entry<String, Double> value : values.entrySet()) {
                sum += features.getOrDefault(value.getKey(), 0.0) * value.getValue();
            }
            return 1 / (1 + Math.exp(-sum));
        }
    }

    private static final AnswerStyleModel STANDARD = load();

    private final Map<CueHit.Kind, Weights> weights;
    private final List<String> header;

    AnswerStyleModel(Map<CueHit.Kind, Weights> weights, List<String> header) {
        this.weights = new EnumMap<>(weights);
        this.header = List.copyOf(header);
    }

    static AnswerStyleModel standard() {
        return STANDARD;
    }

    /** The probability for {@code kind}, or 0 for a kind the style does not judge. */
    double probability(CueHit.Kind kind, Map<String, Double> features) {
        Weights ofKind = weights.get(kind);
        return ofKind == null ? 0 : ofKind.probability(features);
    }

    /** The {@code limit} features that raised the probability most, named: the reason shown to the reviewer. */
    String strongest(CueHit.Kind kind, Map<String, Double> features, int limit) {
        Map<String, Double> weightsOfKind = weights.get(kind).features();
        return features.entrySet().stream()
                .filter(f -> weightsOfKind.getOrDefault(f.getKey(), 0.0) * f.getValue() > 0)
                .sorted(java.util.Comparator.comparingDouble((Map.Entry<String, Double> f) -> -weightsOfKind.getOrDefault(f.getKey(), 0.0) * f.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Writes the model in {@link WeightsFile}'s form, every feature in {@link AnswerStyle#names()}'s order. */
    void write(Writer out) throws IOException {
        Map<CueHit.Kind, Double> biases = new EnumMap<>(CueHit.Kind.class);
        Map<CueHit.Kind, Map<String, Double>> features = new EnumMap<>(CueHit.Kind.class);
        weights.forEach((kind, w) -> {
            biases.put(kind, w.bias());
            Map<String, Double> ordered = new java.util.LinkedHashMap<>();
            AnswerStyle.names().forEach(name -> ordered.put(name, w.features().getOrDefault(name, 0.0)));
            features.put(kind, ordered);
        });
        new WeightsFile(header, biases, features).write(out);
    }

    private static AnswerStyleModel load() {
        WeightsFile file = WeightsFile.load(AnswerStyleModel.class, RESOURCE);
        Map<CueHit.Kind, Weights> weights = new EnumMap<>(CueHit.Kind.class);
        file.biases().forEach((kind, bias) -> weights.put(kind, new Weights(bias, file.features().getOrDefault(kind, Map.of()))));
        return new AnswerStyleModel(weights, file.header());
    }
}
