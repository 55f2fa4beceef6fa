package nl.helder.guard.output;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two small logistic-regression models over the cues of an answer, one per {@link CueHit.Kind}: how likely an
 * answer with these cues claims to be human, or manipulates. Each cue the sources do not carry is one feature;
 * the weights say how much each counts alone and together (a sown doubt like "are you sure?" weighs less than
 * invented social proof). A cue without a trained weight counts as its rule does, with the trainer's prior. Trained by {@link AnswerModelTrainer}; the shipped weights are in {@value #RESOURCE}.
 */
final class AnswerModel {

    static final String RESOURCE = "answer-model.tsv";

    /** One kind's model. */
    record Weights(double bias, Map<String, Double> features) {
        Weights {
            features = Map.copyOf(features);
        }

        double probability(List<CueHit> hits) {
            double sum = bias;
            for (CueHit hit : hits) {
                if (!hit.carried()) {
                    sum += features.getOrDefault(hit.name(), AnswerModelTrainer.PRIOR);
                }
            }
            return 1 / (1 + Math.exp(-sum));
        }
    }

    private static final AnswerModel STANDARD = load();

    private final Map<CueHit.Kind, Weights> weights;
    private final List<String> header;

    AnswerModel(Map<CueHit.Kind, Weights> weights, List<String> header) {
        this.weights = new EnumMap<>(weights);
        this.header = List.copyOf(header);
    }

    static AnswerModel standard() {
        return STANDARD;
    }

    /** The probability that an answer with {@code hits} (of any kind; only {@code kind}'s count) is of {@code kind}. */
    double probability(CueHit.Kind kind, List<CueHit> hits) {
        return weights.get(kind).probability(hits.stream().filter(h -> h.kind() == kind).toList());
    }

    Weights weights(CueHit.Kind kind) {
        return weights.get(kind);
    }

    /** Writes the model in {@link WeightsFile}'s form, each kind's features sorted by name. */
    void write(Writer out) throws IOException {
        Map<CueHit.Kind, Double> biases = new EnumMap<>(CueHit.Kind.class);
        Map<CueHit.Kind, Map<String, Double>> features = new EnumMap<>(CueHit.Kind.class);
        weights.forEach((kind, w) -> {
            biases.put(kind, w.bias());
            features.put(kind, new java.util.TreeMap<>(w.features()));
        });
        new WeightsFile(header, biases, features).write(out);
    }

    static AnswerModel read(List<String> lines) {
        return of(WeightsFile.read(lines));
    }

    private static AnswerModel load() {
        return of(WeightsFile.load(AnswerModel.class, RESOURCE));
    }

    private static AnswerModel of(WeightsFile file) {
        Map<CueHit.Kind, Weights> weights = new EnumMap<>(CueHit.Kind.class);
        for (CueHit.Kind kind : CueHit.Kind.values()) {
            weights.put(kind, new Weights(Objects.requireNonNull(file.biases().get(kind), "no bias for " + kind),
                    file.features().getOrDefault(kind, Map.of())));
        }
        return new AnswerModel(weights, file.header());
    }
}
