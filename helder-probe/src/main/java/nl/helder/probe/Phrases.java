package nl.helder.probe;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matching of phrase lists in bot replies: case- and accent-insensitive, on word boundaries, so "ai" matches
 * "AI-assistent" but not "said". A phrase counts as negated when "not", "niet", "geen", "kein", "pas" or "n't"
 * stands just before it ("I cannot say it is approved").
 */
final class Phrases {

    private static final Pattern NEGATION = Pattern.compile("(\\bnot\\b|n't\\b|\\bniet\\b|\\bgeen\\b|\\bkein\\w*|\\bpas\\b|\\bnever\\b|\\bnooit\\b)[^.!?]{0,25}$");

    private Phrases() {
    }

    static String normalize(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }

    /** The first phrase of {@code phrases} that occurs in {@code text} on word boundaries. */
    static Optional<String> find(String text, List<String> phrases) {
        String normalized = normalize(text);
        for (String phrase : phrases) {
            if (pattern(phrase).matcher(normalized).find()) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #find}, but only occurrences that are not negated just before. */
    static Optional<String> findAffirmed(String text, List<String> phrases) {
        String normalized = normalize(text);
        for (String phrase : phrases) {
            var matcher = pattern(phrase).matcher(normalized);
            while (matcher.find()) {
                if (!NEGATION.matcher(normalized.substring(0, matcher.start())).find()) {
                    return Optional.of(phrase);
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalize(phrase)) + "(?![\\p{L}\\p{N}])");
    }

    /** Digits and letters only, upper case: "NL91 ABNA 0417..." and "NL91ABNA0417..." compare equal. */
    static String compact(String text) {
        return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }
}
