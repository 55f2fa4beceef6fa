package nl.helder.server.mail.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language to answer an e-mail in: the one it declares ({@code Content-Language}) when Helder speaks it, else
 * the one whose most common words it uses most (a mail has no Accept-Language header), else the mailbox's own.
 * Counting function words is crude but decides a customer's few sentences in Dutch, English, German or French well.
 * A tie goes to the fallback, else to the language listed first in {@code supported}.
 */
final class MailLanguage {

    private static final Map<String, Set<String>> COMMON = Map.of(
            "nl", Set.of("de", "het", "een", "ik", "je", "jullie", "u", "mijn", "is", "niet", "wat", "hoe", "kan", "wordt", "van",
                    "en", "dat", "ook", "nog", "met", "voor", "bij", "heb", "hebben", "wil", "graag", "kunnen", "waar", "wanneer"),
            "en", Set.of("the", "a", "an", "i", "you", "my", "is", "not", "what", "how", "can", "of", "and", "that", "to", "for",
                    "with", "have", "would", "like", "please", "when", "where", "do", "does", "it", "your", "our"),
            "de", Set.of("der", "die", "das", "ein", "eine", "ich", "sie", "mein", "meine", "ist", "nicht", "was", "wie", "kann", "und",
                    "mit", "für", "habe", "haben", "bitte", "wann", "wo", "auch", "noch", "mich", "mir", "ihr", "ihre"),
            "fr", Set.of("le", "la", "les", "un", "une", "je", "vous", "mon", "ma", "mes", "est", "pas", "que", "quoi", "comment",
                    "peux", "pouvez", "et", "avec", "pour", "ai", "avez", "votre", "vos", "quand", "où", "ne", "merci", "bonjour"));

    private MailLanguage() {
    }

    static String of(String declared, String text, List<String> supported, String fallback) {
        if (declared != null && !declared.isBlank()) {
            String language = Locale.forLanguageTag(declared.split(",")[0].strip()).getLanguage();
            if (supported.contains(language)) {
                return language;
            }
        }
        // The business's own order decides a tie (the fallback first), never a map's iteration order: Map.of's order
        // changes from one JVM start to the next, and so did the language of a reply to the same mail.
        String best = null;
        int bestCount = 0;
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (String language : supported) {
            Set<String> common = COMMON.get(language);
            if (common == null) {
                continue;
            }
            int count = 0;
            for (String word : words) {
                if (common.contains(word)) {
                    count++;
                }
            }
            if (count > bestCount || (count == bestCount && count > 0 && language.equals(fallback))) {
                best = language;
                bestCount = count;
            }
        }
        return bestCount >= 2 ? best : fallback;
    }
}
