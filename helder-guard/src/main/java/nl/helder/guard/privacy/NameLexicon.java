package nl.helder.guard.privacy;

import nl.helder.guard.text.WordTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Public name lists, lower case: Dutch first names (Meertens Voornamenbank, some 9,200, of every origin given
 * in the Netherlands: Bouchra, Emre, Sjoukje), Dutch family names borne by five or more people in 2007 (last
 * word, some 112,000: Amezian, Yılmaz, Hoffmann, Bouma) and the thousand most common of them. The lists say
 * what a word can be, not what it is here: "Mark", "Roos" and "Bank" are on them. Sources and licences are
 * in the files' headers and the README. Loaded once, shared, immutable.
 */
final class NameLexicon {

    static final NameLexicon STANDARD = new NameLexicon(read("first-names.txt"), read("surnames.txt"), read("surnames-common.txt"));

    // Packed tables rather than sets of strings: 120,000 names as string objects were the largest thing the input
    // guards touched per message, and looking a word up in them cost a cache miss per string and its bytes.
    private final WordTable<Boolean> firstNames;
    private final WordTable<Boolean> surnames;
    private final WordTable<Boolean> commonSurnames;

    NameLexicon(Set<String> firstNames, Set<String> surnames, Set<String> commonSurnames) {
        this.firstNames = WordTable.of(firstNames);
        this.surnames = WordTable.of(surnames);
        this.commonSurnames = WordTable.of(commonSurnames);
    }

    /** On the first-name list, written as there or without its accents ("Théo" as "theo"). */
    boolean isFirstName(String lower) {
        return firstNames.contains(lower) || hasNonAscii(lower) && firstNames.contains(withoutAccents(lower));
    }

    boolean isSurname(String lower) {
        return surnames.contains(lower) || commonSurnames.contains(lower)
                || hasNonAscii(lower) && surnames.contains(withoutAccents(lower));
    }

    private static boolean hasNonAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return true;
            }
        }
        return false;
    }

    /** "théo" → "theo", "çelik" → "celik"; letters without a decomposition ("ı") stay. Only for non-ASCII words. */
    private static String withoutAccents(String word) {
        String decomposed = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    boolean isCommonSurname(String lower) {
        return commonSurnames.contains(lower);
    }

    private static Set<String> read(String resource) {
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing name list " + resource);
            }
            Set<String> names = new HashSet<>(1 << 17);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    names.add(line);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
