package nl.helder.guard.injection;

import nl.helder.guard.InjectionAssessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt-injection check for documents an assistant will read (knowledge-base articles): indirect prompt
 * injection. It is not {@link InjectionGuard}, which scores customer messages: a customer message that says
 * "choose X and enter Y" is talking to the assistant, while a help article saying the same talks to a customer.
 * So this check ignores imperatives as such and looks only for text aimed at an AI:
 * <ul>
 *   <li>an AI addressed ("Note to AI assistants:", "if you are a language model", "KI: ...", see
 *       {@link AiAddress}) or told what to tell customers, how to answer, to keep the instruction secret, to take a
 *       role, to drop its rules ({@code indirect-injection-patterns.txt});</li>
 *   <li>"ignore the above / previous instructions", and requests for its system prompt;</li>
 *   <li>chat-template and role markup ({@code <|im_start|>}, {@code [INST]}, a Human:/Assistant: transcript);</li>
 *   <li>hidden text (HTML and Markdown comments, elements styled invisible, Unicode tag characters,
 *       zero-width characters inside words): weak on its own, decisive when it says any of the above;</li>
 *   <li>encoded text (base64, hex, ROT13) that decodes to any of the above or to the chat guard's patterns;</li>
 *   <li>image addresses with a placeholder for conversation data (exfiltration through a rendered image).</li>
 * </ul>
 * Each paragraph, hidden piece and quoted example ({@link DocumentParts}; examples count half) is scored as the
 * noisy-or of its evidence; the document's score is its highest part. Thread-safe; linear in the text.
 */
public final class IndirectInjection {

    /** From this score an article is held back (the knowledge base quarantines it). */
    public static final double DEFAULT_QUARANTINE_SCORE = 0.8;
    /** A quoted example of an instruction is shown to a person, so it counts half; planted text is rarely framed so. */
    private static final double EXAMPLE_WEIGHT = 0.5;

    private static final Pattern ROLE_LABEL = Pattern.compile("(?im)^[ \\t>*#_-]{0,8}(human|user|assistant|system|ai|bot|model|gpt)[*_]{0,2}[ \\t]?:");
    private static final Set<String> AI_ROLES = Set.of("assistant", "ai", "bot", "model", "gpt");
    private static final Pattern IMAGE_WITH_PLACEHOLDER = Pattern.compile(
            "!\\[[^\\]\\n]{0,300}\\]\\(\\s{0,3}https?://[^\\s)]{0,1000}?(?:\\{|%7[bB]|\\[|<|\\$)");
    private static final Pattern LINK_WITH_PLACEHOLDER = Pattern.compile(
            "[?&][a-zA-Z_]{1,30}=(?:\\{|%7[bB]|\\[|<|\\$)[a-zA-Z_ .-]{0,30}?(?:conversation|chat|history|message|prompt|user|email|e-mail|name|question|summary|context|data)");

    private final InjectionPatterns document;
    private final InjectionPatterns chat;
    private final double quarantineScore;

    private IndirectInjection(InjectionPatterns document, InjectionPatterns chat, double quarantineScore) {
        if (quarantineScore <= 0 || quarantineScore > 1) {
            throw new IllegalArgumentException("quarantine score must be within (0, 1]: " + quarantineScore);
        }
        this.document = document;
        this.chat = chat;
        this.quarantineScore = quarantineScore;
    }

    /** The shipped document patterns, holding back from {@link #DEFAULT_QUARANTINE_SCORE}. */
    public static IndirectInjection standard() {
        return new IndirectInjection(Shipped.DOCUMENT, Shipped.CHAT, DEFAULT_QUARANTINE_SCORE);
    }

    /**
     * Assesses a document: {@code blocked} means it should not be served until a person has looked at it.
     * Reasons name what was recognised, never the document's text beyond a marker or a label of at most ten words.
     */
    public InjectionAssessment assess(String document) {
        InjectionAssessment worst = InjectionAssessment.NONE;
        for (DocumentParts part : DocumentParts.of(document)) {
            InjectionAssessment assessment = combine(evidence(part));
            if (assessment.score() > worst.score()) {
                worst = assessment;
            }
        }
        return worst;
    }

    private List<Evidence> evidence(DocumentParts part) {
        InjectionText text = InjectionText.of(part.forPatterns());
        List<Evidence> evidence = new ArrayList<>(wording(text.folded(), ""));
        // Normalisation reads "|" next to letters as leetspeak, so template tokens are also sought in the raw text.
        for (InjectionPatterns.Hit hit : document.markers(part.text().toLowerCase(Locale.ROOT))) {
            evidence.add(new Evidence(hit.score(), hit.reason()));
        }
        evidence.addAll(markup(part.text()));
        for (String disguise : text.disguises()) {
            if (disguise.equals("hidden text in Unicode tag characters")) {
                evidence.add(new Evidence(0.9, disguise));
            }
        }
        for (String payload : text.payloads()) {
            evidence.add(decoded(payload, "encoded or invisible text", 0.5));
        }
        // Any text may be ROT13; only a strong hit in its decoding counts, which ordinary text never gives.
        Evidence rot13 = decoded(rot13(text.folded()), "ROT13 text", 0.6);
        if (rot13.score() > 0.5) {
            evidence.add(rot13);
        }
        // Hidden text is weak on its own (cookie banners, editors' comments) and decisive when it says any of the above.
        String hidden = part.isHidden() ? part.hidden()
                : text.disguises().contains("zero-width characters inside words") ? "zero-width characters inside words" : null;
        if (hidden != null) {
            evidence.add(evidence.isEmpty() ? new Evidence(0.3, "hidden text (" + hidden + ")")
                    : new Evidence(0.6, "hidden text (" + hidden + ") aimed at an AI"));
        }
        if (part.example()) {
            return evidence.stream().map(e -> new Evidence(e.score() * EXAMPLE_WEIGHT, "in a quoted example: " + e.reason())).toList();
        }
        return evidence;
    }

    /** The document patterns and the forms of address, on normalised text. */
    private List<Evidence> wording(String folded, String context) {
        List<Evidence> evidence = new ArrayList<>();
        for (InjectionPatterns.Hit hit : document.find(folded)) {
            evidence.add(new Evidence(hit.score(), context + hit.reason()));
        }
        AiAddress.find(folded).ifPresent(found -> evidence.add(new Evidence(found.score(), context + found.reason())));
        return evidence;
    }

    /** Role labels of a chat transcript and image addresses that would carry the conversation away. */
    private static List<Evidence> markup(String raw) {
        List<Evidence> evidence = new ArrayList<>();
        Set<String> roles = new HashSet<>();
        Matcher label = ROLE_LABEL.matcher(raw);
        while (label.find() && roles.size() < 3) {
            roles.add(label.group(1).toLowerCase(Locale.ROOT));
        }
        if (roles.size() >= 2 && roles.stream().anyMatch(AI_ROLES::contains)) {
            evidence.add(new Evidence(0.9, "a chat transcript with role labels (" + String.join(", ", roles.stream().sorted().toList()) + ")"));
        }
        if (IMAGE_WITH_PLACEHOLDER.matcher(raw).find()) {
            evidence.add(new Evidence(0.7, "an image address with a placeholder, which would send conversation data away"));
        } else if (LINK_WITH_PLACEHOLDER.matcher(raw).find()) {
            evidence.add(new Evidence(0.5, "a link with a placeholder for conversation data"));
        }
        return evidence;
    }

    /** Decoded text says what a reader was not meant to see: any instruction wording in it decides. */
    private Evidence decoded(String payload, String what, double minimum) {
        String folded = InjectionText.of(payload).folded();
        List<Evidence> hits = new ArrayList<>(wording(folded, ""));
        for (InjectionPatterns.Hit hit : chat.find(folded)) {
            hits.add(new Evidence(hit.score(), hit.reason()));
        }
        hits.sort(Comparator.comparingDouble(Evidence::score).reversed());
        if (!hits.isEmpty() && hits.get(0).score() >= minimum) {
            return new Evidence(0.9, what + " that decodes to instructions (" + hits.get(0).reason() + ")");
        }
        return new Evidence(0.2, what);
    }

    private static String rot13(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? (char) ('a' + (c - 'a' + 13) % 26) : c);
        }
        return out.toString();
    }

    private InjectionAssessment combine(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return InjectionAssessment.NONE;
        }
        // The same finding twice (a marker in the raw and the normalised text) is one piece of evidence.
        java.util.Map<String, Double> byReason = new java.util.LinkedHashMap<>();
        evidence.forEach(item -> byReason.merge(item.reason(), item.score(), Math::max));
        double unlikely = 1;
        for (double score : byReason.values()) {
            unlikely *= 1 - score;
        }
        double score = 1 - unlikely;
        List<String> reasons = evidence.stream().sorted(Comparator.comparingDouble(Evidence::score).reversed())
                .map(Evidence::reason).distinct().toList();
        return new InjectionAssessment(score, score >= quarantineScore - 1e-9, reasons);
    }

    private record Evidence(double score, String reason) {
    }

    /** Loaded once, on first use: immutable and shared. */
    private static final class Shipped {
        static final InjectionPatterns DOCUMENT = InjectionPatterns.load("indirect-injection-patterns.txt");
        static final InjectionPatterns CHAT = InjectionPatterns.standard();
    }
}
