package nl.helder.guard.output;

import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The judgement of one answer on honesty and manipulation: its cues and the {@link AnswerModel}'s probability
 * per kind, and for manipulation also how the answer is written ({@link AnswerStyle}, judged by
 * {@link AnswerStyleModel} far above the middle). Public so that other tools (the compliance probe) judge other
 * bots' replies the same way the output guard judges Helder's answers.
 */
public final class AnswerJudgement {

    /** A probability at or above this is a finding. */
    public static final double THRESHOLD = 0.5;

    private final List<CueHit> hits;
    private final double humanProbability;
    private final double manipulationProbability;
    private final Map<String, Double> style;
    private final AnswerStyleModel styleModel;
    /** {@link PersonTalkModel}'s probability, 0 when the answer calls itself an AI or never speaks in the first person. */
    private final double personTalkProbability;
    private final String personTalkWords;

    private AnswerJudgement(List<CueHit> hits, double humanProbability, double manipulationProbability, Map<String, Double> style,
                            AnswerStyleModel styleModel, double personTalkProbability, String personTalkWords) {
        this.hits = List.copyOf(hits);
        this.humanProbability = humanProbability;
        this.manipulationProbability = manipulationProbability;
        this.style = style;
        this.styleModel = styleModel;
        this.personTalkProbability = personTalkProbability;
        this.personTalkWords = personTalkWords;
    }

    /** How likely the answer presents its writer as a person, by its cues, in [0, 1]. */
    public double humanProbability() {
        return humanProbability;
    }

    /** How likely the answer manipulates, by its cues, in [0, 1]. */
    public double manipulationProbability() {
        return manipulationProbability;
    }

    /** Judges {@code answer} against the passages it rests on ({@code sources} may be empty). */
    public static AnswerJudgement of(String answer, List<String> sources) {
        return of(answer, sources, AnswerModel.standard(), AnswerStyleModel.standard());
    }

    /** Judges with {@code model} and {@code styleModel}: the shipped ones, or ones trained apart to measure them on answers they did not see. */
    static AnswerJudgement of(String answer, List<String> sources, AnswerModel model, AnswerStyleModel styleModel) {
        return of(answer, sources, model, styleModel, PersonTalkModel.standard());
    }

    /** {@link #of(String, List, AnswerModel, AnswerStyleModel)} with a person-talk model of its own, to measure one trained apart. */
    static AnswerJudgement of(String answer, List<String> sources, AnswerModel model, AnswerStyleModel styleModel, PersonTalkModel personTalk) {
        SourceSupport support = new SourceSupport(sources == null ? List.of() : sources); // read once for the cues and the style
        List<CueHit> hits = OutputCues.find(answer, support);
        Map<String, Double> style = AnswerStyle.of(answer, support);
        double personTalkProbability = 0;
        String personTalkWords = "";
        // A named AI speaking of itself ("ik ben Lisa, de digitale assistent; ik zoek het voor u uit") claims nothing.
        if (!saysItIsAnAi(answer)) {
            java.util.Set<String> features = PersonTalk.features(answer);
            personTalkProbability = personTalk.probability(features);
            if (personTalkProbability >= PersonTalkModel.LINE) {
                personTalkWords = personTalk.strongest(features, 3);
            }
        }
        return new AnswerJudgement(hits, model.probability(CueHit.Kind.HUMAN, hits), model.probability(CueHit.Kind.MANIPULATION, hits),
                style, styleModel, personTalkProbability, personTalkWords);
    }

    /** How likely the answer claims to be human by how it speaks of itself ({@link PersonTalkModel}), in [0, 1]. */
    double personTalkProbability() {
        return personTalkProbability;
    }

    /**
     * Whether {@code text} tells the reader that an AI writes it ("ik ben Lisa, de digitale assistent", "you're chatting
     * with our AI assistant", "Dit gesprek wordt gevoerd door een AI", a line opening with "AI-assistent:"), and not by
     * denying it ("ik ben geen bot", "I'm a real person, not a bot"). The same judgement that keeps a named AI from
     * counting as a claim to be human in {@link #of}; the compliance probe asks it of another bot's opening and first
     * reply (AI Act Art. 50(1)). Linear in the text's length; judges its first {@value AnswerCues#MAX_JUDGED} characters.
     */
    public static boolean saysItIsAnAi(String text) {
        return AnswerCues.callsItselfAi(AnswerText.fold(AnswerCues.judgedPart(text)));
    }

    /** How likely the answer is of {@code kind} by how it is written ({@link AnswerStyleModel}); 0 where the style does not judge. */
    double styleProbability(CueHit.Kind kind) {
        return styleModel.probability(kind, style);
    }

    /** The words of each human-claim cue the answer has, in cue order: for reports. */
    public List<String> humanClaimQuotes() {
        return quotes(CueHit.Kind.HUMAN);
    }

    /** The words of each manipulation cue the sources do not carry, in cue order: for reports. */
    public List<String> manipulationQuotes() {
        return quotes(CueHit.Kind.MANIPULATION);
    }

    private List<String> quotes(CueHit.Kind kind) {
        return hits.stream().filter(h -> h.kind() == kind && !h.carried()).map(CueHit::quote).toList();
    }

    /**
     * A {@code CLAIMS_HUMAN} finding when the answer presents its writer as a person: by its cues, or else by how it
     * speaks of itself, far above the middle ({@link PersonTalkModel#LINE}).
     */
    public Optional<OutputCheck> humanClaim() {
        Optional<OutputCheck> byCues = finding(CueHit.Kind.HUMAN, humanProbability, OutputCheckType.CLAIMS_HUMAN, "claims to be human");
        if (byCues.isPresent() || personTalkProbability < PersonTalkModel.LINE) {
            return byCues;
        }
        return Optional.of(new OutputCheck(OutputCheckType.CLAIMS_HUMAN, personTalkProbability, String.format(Locale.ROOT,
                "claims to be human (%.2f, by how it speaks of itself): %s", personTalkProbability, personTalkWords)));
    }

    /** A {@code MANIPULATION} finding when the answer manipulates. */
    public Optional<OutputCheck> manipulation() {
        return finding(CueHit.Kind.MANIPULATION, manipulationProbability, OutputCheckType.MANIPULATION, "manipulation");
    }

    /**
     * A finding when the cues' probability reaches {@link #THRESHOLD}, or else when the way the answer is written
     * does, far above the middle ({@link AnswerStyleModel#LINE}): the cues name what they saw, the style the
     * features that weighed most.
     */
    private Optional<OutputCheck> finding(CueHit.Kind kind, double probability, OutputCheckType type, String what) {
        if (probability >= THRESHOLD) {
            String cues = hits.stream().filter(h -> h.kind() == kind && !h.carried())
                    .map(h -> h.name() + " \"" + h.quote() + "\"").collect(Collectors.joining(", "));
            return Optional.of(new OutputCheck(type, Math.min(1.0, probability), String.format(Locale.ROOT, "%s (%.2f): %s", what, probability, cues)));
        }
        double styled = styleModel.probability(kind, style);
        if (!AnswerStyleModel.LINE.containsKey(kind) || !AnswerStyle.judgeable(style) || styled < AnswerStyleModel.LINE.get(kind)) {
            return Optional.empty();
        }
        return Optional.of(new OutputCheck(type, styled, String.format(Locale.ROOT, "%s (%.2f, by how it is written): %s", what, styled,
                styleModel.strongest(kind, style, 3))));
    }
}
