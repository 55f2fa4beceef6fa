package nl.helder.guard.injection;

import nl.helder.guard.InjectionAssessment;
import nl.helder.guard.InjectionDetector;
import nl.helder.guard.text.Tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Helder's prompt-injection and jailbreak detector, in three layers:
 * <ol>
 *   <li>{@linkplain InjectionText normalisation} undoes disguises (hidden tag characters, zero-width
 *       characters, look-alike letters, leetspeak, spaced-out letters) and decodes base64 and hex payloads,
 *       which are assessed as messages of their own;</li>
 *   <li>curated multilingual {@linkplain InjectionPatterns patterns} (English, Dutch, German, French) recognise
 *       instruction overrides, system-prompt extraction, role play and jailbreak wording, dictated answers,
 *       chat-template markup and code;</li>
 *   <li>a {@linkplain InjectionModel logistic-regression model} trained on public labelled data and blind authors'
 *       customer messages scores the wording as a whole, catching paraphrases no pattern lists.</li>
 * </ol>
 * Each piece of evidence has a score in [0, 1]; the message's score is their noisy-or
 * ({@code 1 - Π(1 - s)}), so independent weak signals add up and one strong signal suffices. The model's probability
 * counts in full only from {@link #MODEL_ALONE_BLOCKS} or beside a pattern of {@link #PATTERN_LIFTS}; otherwise as
 * {@link #MODEL_SUPPORT}. The message is blocked at {@link #DEFAULT_BLOCKING_SCORE} unless configured otherwise.
 * Thread-safe; linear in the text.
 */
public final class InjectionGuard implements InjectionDetector {

    /** The score from which a message is blocked, chosen on the training data (see the README). */
    public static final double DEFAULT_BLOCKING_SCORE = 0.8;
    /** Model probabilities below this are left out of the score and the reasons: they say "nothing found". */
    private static final double MODEL_FLOOR = 0.2;
    /**
     * The model's probability from which it counts in full with no pattern of {@link #PATTERN_LIFTS} beside it (and so
     * refuses a message on its own); below, it counts as {@link #MODEL_SUPPORT}. Chosen in round seven of issue 14 by
     * leaving one blind train file out at a time: the largest true-positive rate whose false-positive rate stayed at
     * 0.02 (README, "Injection guard").
     */
    static final double MODEL_ALONE_BLOCKS = 0.9;
    /** A pattern at least this strong lets the model's probability count in full beside it. */
    static final double PATTERN_LIFTS = 0.5;
    /**
     * What the model's probability counts for, below {@link #MODEL_ALONE_BLOCKS} and without a pattern of
     * {@link #PATTERN_LIFTS} beside it: a supporting signal, as a weak pattern is, so that a weak pattern and a model
     * short of sure do not refuse a customer together (an independent review's finding in round seven).
     */
    static final double MODEL_SUPPORT = 0.6;
    private final double modelAloneBlocks;
    private static final double ENCODED_TEXT_SCORE = 0.5;
    private static final Map<String, Double> DISGUISE_SCORES = Map.of(
            "hidden text in Unicode tag characters", 0.9,
            "zero-width characters inside words", 0.5,
            "Cyrillic or Greek look-alike letters in Latin words", 0.5,
            "stacked combining marks", 0.4,
            "spaced-out letters", 0.3,
            "leetspeak", 0.3,
            "ROT13-encoded text", 0.4);
    private static final List<String> JAILBREAK_NAMES = List.of("DAN", "STAN", "DUDE", "AIM", "BetterDAN");

    private final InjectionPatterns patterns;
    private final InjectionModel model;
    private final double blockingScore;

    private InjectionGuard(InjectionPatterns patterns, InjectionModel model, double blockingScore, double modelAloneBlocks) {
        if (blockingScore <= 0 || blockingScore > 1) {
            throw new IllegalArgumentException("blocking score must be within (0, 1]: " + blockingScore);
        }
        if (modelAloneBlocks <= 0 || modelAloneBlocks > 1) {
            throw new IllegalArgumentException("the model's refusing-alone probability must be within (0, 1]: " + modelAloneBlocks);
        }
        this.patterns = patterns;
        this.model = model;
        this.blockingScore = blockingScore;
        this.modelAloneBlocks = modelAloneBlocks;
    }

    /** The shipped patterns and model, blocking at {@link #DEFAULT_BLOCKING_SCORE}. */
    public static InjectionGuard standard() {
        return standard(DEFAULT_BLOCKING_SCORE);
    }

    /** The shipped patterns and model, blocking from {@code blockingScore}. */
    public static InjectionGuard standard(double blockingScore) {
        return new InjectionGuard(Shipped.PATTERNS, Shipped.MODEL, blockingScore, MODEL_ALONE_BLOCKS);
    }

    /** A guard with a model trained elsewhere, for evaluation by cross-validation. */
    static InjectionGuard withModel(InjectionModel model, double blockingScore) {
        return withModel(model, blockingScore, MODEL_ALONE_BLOCKS);
    }

    /** As {@link #withModel(InjectionModel, double)}, with the model refusing alone from {@code modelAloneBlocks} (for choosing it). */
    static InjectionGuard withModel(InjectionModel model, double blockingScore, double modelAloneBlocks) {
        return new InjectionGuard(Shipped.PATTERNS, model, blockingScore, modelAloneBlocks);
    }

    @Override
    public InjectionAssessment assess(String text) {
        InjectionText normalised = InjectionText.of(text);
        List<Evidence> evidence = new ArrayList<>(assessWording(normalised.folded(), ""));
        for (String disguise : normalised.disguises()) {
            evidence.add(new Evidence(DISGUISE_SCORES.getOrDefault(disguise, ENCODED_TEXT_SCORE), disguise));
        }
        for (String payload : normalised.payloads()) {
            evidence.addAll(assessWording(InjectionText.of(payload).folded(), "in decoded text: "));
        }
        Tokens.firstPhrase(text.length() > InjectionText.MAX_CHARS ? text.substring(0, InjectionText.MAX_CHARS) : text, JAILBREAK_NAMES)
                .ifPresent(name -> evidence.add(new Evidence(0.6, "names a known jailbreak persona (\"" + name + "\")")));
        return combine(evidence);
    }

    /**
     * Assesses a document (a knowledge-base article) paragraph by paragraph, for injections hidden in content
     * the assistant will quote to a model: the highest-scoring paragraph decides.
     */
    public InjectionAssessment assessDocument(String document) {
        InjectionAssessment worst = InjectionAssessment.NONE;
        for (String paragraph : DocumentParts.paragraphs(document)) {
            InjectionAssessment assessment = assess(paragraph);
            if (assessment.score() > worst.score()) {
                worst = assessment;
            }
        }
        return worst;
    }

    private List<Evidence> assessWording(String folded, String context) {
        List<Evidence> evidence = new ArrayList<>();
        WordList words = WordList.of(folded);
        for (InjectionPatterns.Hit hit : patterns.find(words, folded)) {
            evidence.add(new Evidence(hit.score(), context + hit.reason()));
        }
        InjectionModel.Prediction prediction = model.predict(words, true);
        double probability = prediction.probability();
        if (probability > OwnRequest.MODEL_CAP && evidence.isEmpty() && OwnRequest.isOnly(words)) {
            probability = OwnRequest.MODEL_CAP; // "Geef mij mijn klantnummer": an imperative, not an attack
        }
        // Round seven of issue 14: without a pattern of some strength beside it, the model refuses a customer only when
        // it is sure (left-out blind authors' look-alikes were refused at 4.3 % with the model counting in full from
        // 0.8, at 2.1 % from 0.9); short of that it counts as a supporting signal.
        boolean patternBeside = false;
        for (Evidence item : evidence) {
            patternBeside |= item.score() >= PATTERN_LIFTS;
        }
        boolean alone = !patternBeside && probability > MODEL_SUPPORT && probability < modelAloneBlocks;
        if (probability >= MODEL_FLOOR) {
            evidence.add(new Evidence(alone ? MODEL_SUPPORT : probability, context + "statistical model "
                    + twoDecimals(probability) + (alone ? ", not enough alone" : "") + " (" + String.join(", ", prediction.strongestFeatures()) + ")"));
        }
        return evidence;
    }

    /**
     * The probability as the reasons have always shown it: {@code %.4f} (half-up on its decimal form) cut to four
     * characters, "0.97" for 0.9712, "0.98" for 0.97999. By hand because {@link String#format} cost a tenth of the
     * injection guard for every message the model found at all suspicious; {@code BigDecimal} of the shortest decimal
     * form rounds as the formatter does, ties included.
     */
    static String twoDecimals(double probability) {
        return new java.math.BigDecimal(Double.toString(probability)).setScale(4, java.math.RoundingMode.HALF_UP)
                .toPlainString().substring(0, 4);
    }

    private InjectionAssessment combine(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return InjectionAssessment.NONE;
        }
        double unlikely = 1;
        for (Evidence item : evidence) {
            unlikely *= 1 - item.score();
        }
        double score = 1 - unlikely;
        List<String> reasons = evidence.stream().sorted(Comparator.comparingDouble(Evidence::score).reversed())
                .map(Evidence::reason).distinct().toList();
        return new InjectionAssessment(score, score >= blockingScore, reasons);
    }

    private record Evidence(double score, String reason) {
    }

    /** Loaded once, on first use: both are immutable and shared by every guard. */
    private static final class Shipped {
        static final InjectionPatterns PATTERNS = InjectionPatterns.standard();
        static final InjectionModel MODEL = InjectionModel.standard();
    }
}
