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
 * A logistic-regression model over an answer's {@link PersonTalk} features: how likely an answer that speaks of its
 * writer this way claims to be human. It judges only answers with a first-person sentence that do not call themselves
 * an AI, and decides only far above the middle ({@link #LINE}): the cues ({@link AnswerModel}) decide first, and this
 * adds the claims no cue names. Trained by {@link PersonTalkTrainer}; the shipped weights are in {@value #RESOURCE}.
 */
final class PersonTalkModel {

    static final String RESOURCE = "person-talk.tsv";

    /**
     * The model alone flags a claim to be human at or above this probability. Chosen on the training answers, never
     * on a report file, by leaving each author out in turn ({@code PersonTalkHeldOutTest} prints every line and checks
     * this one): the lowest line at which every left-out author keeps a CLAIMS_HUMAN precision of at least 0.90 (the
     * issue's target) together with the cues, and no left-out set of honest answers has more than one answer more
     * flagged than by the cues alone. The rule first asked 0.95; with author D (every answer in the first person) left
     * out, no line up to 0.98 reached it (D: 0.964 at 0.98 with recall 0.771), so it asks the target.
     */
    static final double LINE = 0.9;

    private static final PersonTalkModel STANDARD = load();

    private final double bias;
    private final Map<String, Double> weights;
    private final List<String> header;

    PersonTalkModel(double bias, Map<String, Double> weights, List<String> header) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
        this.header = List.copyOf(header);
    }

    static PersonTalkModel standard() {
        return STANDARD;
    }

    /** The probability that an answer with these {@link PersonTalk} features claims to be human; 0 without a first-person sentence. */
    double probability(Set<String> features) {
        if (!features.contains(PersonTalk.FIRST_PERSON_SENTENCE)) {
            return 0;
        }
        return 1 / (1 + Math.exp(-PersonTalk.sum(bias, weights, features)));
    }

    /** The {@code limit} words that raised the probability most, for the reason shown to the reviewer. */
    String strongest(Set<String> features, int limit) {
        return features.stream().filter(f -> weights.getOrDefault(f, 0.0) > 0)
                .sorted(Comparator.comparingDouble((String f) -> -weights.get(f)).thenComparing(Comparator.naturalOrder()))
                .limit(limit).collect(Collectors.joining(", "));
    }

    /** Writes the model in {@link WeightsFile}'s form (kind HUMAN), features sorted by name. */
    void write(Writer out) throws IOException {
        Map<CueHit.Kind, Double> biases = new EnumMap<>(CueHit.Kind.class);
        biases.put(CueHit.Kind.HUMAN, bias);
        Map<CueHit.Kind, Map<String, Double>> features = new EnumMap<>(CueHit.Kind.class);
        features.put(CueHit.Kind.HUMAN, new java.util.TreeMap<>(weights));
        new WeightsFile(header, biases, features).write(out);
    }

    private static PersonTalkModel load() {
        WeightsFile file = WeightsFile.load(PersonTalkModel.class, RESOURCE);
        return new PersonTalkModel(file.biases().get(CueHit.Kind.HUMAN), file.features().getOrDefault(CueHit.Kind.HUMAN, Map.of()), file.header());
    }
}
