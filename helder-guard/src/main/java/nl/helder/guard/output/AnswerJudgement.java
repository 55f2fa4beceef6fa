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
 * per kind; for claims to be human also the words the answer uses of its writer ({@link PersonTalk}); for
 * manipulation also how the answer is written ({@link AnswerStyle}, judged by {@link AnswerStyleModel}) and the words
 * it adds to its sources ({@link ManipulationWords}). The cues decide first; the models add what no cue names, each
 * only far above the middle. Public so that other tools (the compliance probe) judge other bots' replies the same way
 * the output guard judges Helder's answers.
 */
public final class AnswerJudgement {

    /** A probability at or above this is a finding. */
    public static final double THRESHOLD = 0.5;

    private final List<CueHit> hits;
    private final double humanProbability;
    private final double manipulationProbability;
    private final Map<String, Double> style;
    private final AnswerStyleModel styleModel;
    /** The {@link PersonTalk} model's judgement: none when the answer never speaks in the first person. */
    private final WordJudgement personTalk;
    /** The {@link ManipulationWords} model's judgement. */
    private final WordJudgement manipulationWords;
    /** A sentence that sets terms of a right the sources do not have ({@link TermsAgainstSource}), if any. */
    private final Optional<TermsAgainstSource.Finding> termsAgainstSource;
    /**
     * The first act of steering found whatever its words ({@link SteeringAct}): a right talked down, a weight set against
     * a right, a paid extra added unasked, guilt put in the way of leaving, obstacles before a person; if any.
     */
    private final Optional<SteeringAct> steeringAct;
    /** A sentence in which the writer tells a private life of their own ({@link LivedExperience}), if any. */
    private final Optional<String> livedExperience;

    /** A word model's probability, and the words that weighed most where it reaches its line (for the reason shown). */
    private record WordJudgement(double probability, String strongest) {
        static final WordJudgement NONE = new WordJudgement(0, "");

        static WordJudgement of(WordModel model, java.util.Set<String> features, double line) {
            double probability = model.probability(features);
            return new WordJudgement(probability, probability >= line ? model.strongest(features, 3) : "");
        }
    }

    private AnswerJudgement(List<CueHit> hits, double humanProbability, double manipulationProbability, Map<String, Double> style,
                            AnswerStyleModel styleModel, WordJudgement personTalk, WordJudgement manipulationWords,
                            Optional<TermsAgainstSource.Finding> termsAgainstSource, Optional<SteeringAct> steeringAct,
                            Optional<String> livedExperience) {
        this.hits = List.copyOf(hits);
        this.livedExperience = livedExperience;
        this.termsAgainstSource = termsAgainstSource;
        this.steeringAct = steeringAct;
        this.humanProbability = humanProbability;
        this.manipulationProbability = manipulationProbability;
        this.style = style;
        this.styleModel = styleModel;
        this.personTalk = personTalk;
        this.manipulationWords = manipulationWords;
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

    /** Judges with {@code model} and {@code styleModel} (the shipped ones, or ones trained apart) and the shipped word models. */
    static AnswerJudgement of(String answer, List<String> sources, AnswerModel model, AnswerStyleModel styleModel) {
        return of(answer, sources, model, styleModel, PersonTalk.model(), ManipulationWords.model());
    }

    /**
     * {@link #of(String, List, AnswerModel, AnswerStyleModel)} with word models of its own: ones trained apart, to measure
     * them on answers they did not see, or {@link WordModel#none} to measure the cues and the style alone.
     */
    static AnswerJudgement of(String answer, List<String> sources, AnswerModel model, AnswerStyleModel styleModel, WordModel personTalk,
                              WordModel manipulationWords) {
        SourceSupport support = new SourceSupport(sources == null ? List.of() : sources); // read once for the cues, the style and the words
        List<CueHit> hits = OutputCues.find(answer, support);
        AnswerSentences sentences = AnswerSentences.of(answer); // split and folded once for the acts and the life told
        Map<String, Double> style = AnswerStyle.of(answer, support);
        // No gate on saying it is an AI: a gate let a probed bot disclose in its opening and tell a life in its reply.
        // The model weighs the disclosure instead (it learnt from answers that say so that "assistent", "KI", "virtuel"
        // speak against a claim), which also means a short life after a disclosure can stay under the line.
        WordJudgement talk = WordJudgement.of(personTalk, PersonTalk.features(answer), PersonTalk.LINE);
        // The words need company: a manipulation cue the sources do not carry, not a broad family, or a style that
        // leans to manipulation where the style judges at all. Alone, the words also flag honest answers that merely say
        // much the help text does not.
        java.util.Set<String> broad = OutputCues.broadNames();
        boolean accompanied = hits.stream().anyMatch(h -> h.kind() == CueHit.Kind.MANIPULATION && !h.carried() && !broad.contains(h.name()))
                || AnswerStyle.judgeable(style) && styleModel.probability(CueHit.Kind.MANIPULATION, style) >= ManipulationWords.STYLE_LEANS;
        WordJudgement pushing = accompanied
                ? WordJudgement.of(manipulationWords, ManipulationWords.features(answer, support), ManipulationWords.LINE) : WordJudgement.NONE;
        return new AnswerJudgement(hits, model.probability(CueHit.Kind.HUMAN, hits), model.probability(CueHit.Kind.MANIPULATION, hits),
                style, styleModel, talk, pushing, TermsAgainstSource.find(answer, support), SteeringAct.find(sentences, support),
                LivedExperience.find(sentences));
    }

    /** How likely the answer claims to be human by how it speaks of itself ({@link PersonTalk}), in [0, 1]. */
    double personTalkProbability() {
        return personTalk.probability();
    }

    /**
     * How likely the answer manipulates by the words it adds to its sources ({@link ManipulationWords}), in [0, 1]; 0
     * when neither a manipulation cue nor the style keeps the words company.
     */
    double manipulationWordsProbability() {
        return manipulationWords.probability();
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
     * speaks of itself, far above the middle ({@link PersonTalk#LINE}), or else by a private life it tells as its own
     * ({@link LivedExperience}).
     */
    public Optional<OutputCheck> humanClaim() {
        return finding(CueHit.Kind.HUMAN, humanProbability, OutputCheckType.CLAIMS_HUMAN, "claims to be human")
                .or(() -> byWords(personTalk, PersonTalk.LINE, OutputCheckType.CLAIMS_HUMAN, "claims to be human",
                        "by the words it uses of itself, a model's judgement; the words that weighed most"))
                .or(() -> livedExperience.map(sentence -> new OutputCheck(OutputCheckType.CLAIMS_HUMAN, TERMS_CONFIDENCE,
                        "claims to be human (tells a private life of its own): \"" + sentence + "\"")));
    }

    /**
     * A {@code MANIPULATION} finding when the answer manipulates: by its cues, by how it is written, or by the words it
     * adds to its sources, each far above the middle ({@link AnswerStyleModel#LINE}, {@link ManipulationWords#LINE}); or
     * by terms of a right that the sources do not have ({@link TermsAgainstSource}); or by an act the sentence does
     * whatever its words ({@link SteeringAct}).
     */
    public Optional<OutputCheck> manipulation() {
        return finding(CueHit.Kind.MANIPULATION, manipulationProbability, OutputCheckType.MANIPULATION, "manipulation")
                .or(() -> byWords(manipulationWords, ManipulationWords.LINE, OutputCheckType.MANIPULATION, "manipulation",
                        "by the words it adds to its sources, a model's judgement beside a weaker signal; the words that weighed most"))
                .or(() -> termsAgainstSource.map(terms -> new OutputCheck(OutputCheckType.MANIPULATION, TERMS_CONFIDENCE,
                        "manipulation (terms of a right against the sources, " + terms.kind().description() + "): \"" + terms.sentence() + "\"")))
                .or(() -> steeringAct.map(act -> new OutputCheck(OutputCheckType.MANIPULATION, TERMS_CONFIDENCE,
                        "manipulation (" + act.kind().description() + "): \"" + act.sentence() + "\"")));
    }

    /**
     * The confidence given to a finding of a rule rather than a model ({@link TermsAgainstSource}, {@link SteeringAct},
     * {@link LivedExperience}): a fixed value, not a probability.
     */
    static final double TERMS_CONFIDENCE = 0.7;

    /** Whether the cues or the style find manipulation, without the word model: to measure what the word model adds. */
    boolean manipulationByCuesOrStyle() {
        return finding(CueHit.Kind.MANIPULATION, manipulationProbability, OutputCheckType.MANIPULATION, "manipulation").isPresent();
    }

    private static Optional<OutputCheck> byWords(WordJudgement words, double line, OutputCheckType type, String what, String how) {
        if (words.probability() < line) {
            return Optional.empty();
        }
        return Optional.of(new OutputCheck(type, words.probability(), String.format(Locale.ROOT, "%s (%.2f, %s): %s", what,
                words.probability(), how, words.strongest())));
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
