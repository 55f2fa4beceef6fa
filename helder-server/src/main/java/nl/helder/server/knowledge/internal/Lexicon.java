package nl.helder.server.knowledge.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bilingual word list from one language into another ({@code kb/lexicon/<from>-<to>.txt} and the hand-written
 * {@code core-<from>-<to>.txt}, which comes first): how a question in English, German or French is searched in a
 * knowledge base written in Dutch. Lookups are by lower-cased word; a word not listed is tried without a common
 * inflection ending of its language ("bills", "blocked", "gestohlene"), and otherwise has no translation.
 */
record Lexicon(String from, String to, Map<String, List<String>> entries) {

    Lexicon {
        entries = Map.copyOf(entries);
    }

    /**
     * Parses lines {@code headword<TAB>translation|translation}; lines starting with {@code #} are comments. Earlier
     * texts win for a headword listed twice.
     */
    static Lexicon parse(String from, String to, List<String> texts) {
        Map<String, List<String>> entries = new HashMap<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String head = normalize(line.substring(0, tab));
                List<String> translations = List.of(line.substring(tab + 1).strip().split("\\|"));
                entries.putIfAbsent(head, translations);
            }
        }
        return new Lexicon(from, to, entries);
    }

    /** The translations of {@code word} (any case), best first; empty when the lexicon does not know it. */
    List<String> translate(String word) {
        String key = normalize(word);
        List<String> found = entries.get(key);
        if (found != null) {
            return found;
        }
        for (String stem : reduced(key)) {
            found = entries.get(stem);
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Forms without one inflection ending, longest ending first: a guess good enough for a dictionary lookup. */
    private Set<String> reduced(String word) {
        List<String> endings = switch (from) {
            case "en" -> List.of("ing", "ies", "ed", "es", "s", "d");
            case "de" -> List.of("ungen", "en", "er", "es", "em", "e", "n", "s", "t");
            case "fr" -> List.of("ées", "ée", "és", "es", "er", "é", "e", "s", "x");
            default -> List.of();
        };
        Set<String> forms = new LinkedHashSet<>();
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                String stem = word.substring(0, word.length() - ending.length());
                forms.add(stem);
                if ("ies".equals(ending)) {
                    forms.add(stem + "y");
                }
                if ("ing".equals(ending) || "ed".equals(ending)) {
                    forms.add(stem + "e");
                }
            }
        }
        return forms;
    }

    private static String normalize(String word) {
        return Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
