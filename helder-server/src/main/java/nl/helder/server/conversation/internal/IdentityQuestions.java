package nl.helder.server.conversation.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a customer asking whether it talks to a person or a machine ("ben jij een mens?", "are you a bot?"),
 * in nl, en, de and fr. The assistant then says plainly that it is an AI, never leaves the question open
 * (AI Act Art. 50(1)).
 */
final class IdentityQuestions {

    private static final List<String> PHRASES = List.of(
            "ben jij een mens", "ben je een mens", "ben jij een robot", "ben je een robot", "ben jij een bot", "ben je een bot",
            "ben jij een computer", "ben je een computer", "ben jij echt", "ben je echt", "praat ik met een mens", "praat ik met een robot",
            "praat ik met een computer", "is dit een bot", "is dit een robot", "ben ik met een mens",
            "are you a human", "are you human", "are you a bot", "are you a robot", "are you real", "are you a real person",
            "am i talking to a human", "am i talking to a bot", "am i talking to a real person", "am i talking to a robot", "is this a bot",
            "bist du ein mensch", "bist du ein bot", "bist du ein roboter", "sind sie ein mensch", "sind sie ein bot",
            "spreche ich mit einem menschen", "spreche ich mit einem bot",
            "es tu un humain", "es tu un robot", "etes vous un humain", "etes vous un robot", "est ce un robot", "je parle a un humain",
            "je parle a un robot");
    private static final List<Pattern> PATTERNS = PHRASES.stream()
            .map(phrase -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")).toList();
    /** Long messages are about something else, even when they mention it. */
    private static final int MAX_CHARS = 160;

    private IdentityQuestions() {
    }

    static boolean isAsked(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return false;
        }
        String normalized = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return PATTERNS.stream().anyMatch(pattern -> pattern.matcher(normalized).find());
    }
}
