package nl.helder.server.mail.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language to answer an e-mail in: the one it declares ({@code Content-Language}) when Helder speaks it, else
 * the one whose most common words it uses most (a mail has no Accept-Language header), else the mailbox's own.
 * Counting function words is crude but decides a customer's few sentences in Dutch, English, German or French well.
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
        String best = null;
        int bestCount = 0;
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (Map.Entry<String, Set<String>> language : COMMON.entrySet()) {
            if (!supported.contains(language.getKey())) {
                continue;
            }
            int count = 0;
            for (String word : words) {
                if (language.getValue().contains(word)) {
                    count++;
                }
            }
            if (count > bestCount || (count == bestCount && count > 0 && language.getKey().equals(fallback))) {
                best = language.getKey();
                bestCount = count;
            }
        }
        return bestCount >= 2 ? best : fallback;
    }
}
