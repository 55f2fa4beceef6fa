package nl.helder.guard.injection;

import java.util.ArrayList;
import java.util.List;

/**
 * The two letter games attackers use on a guard that reads words: ROT13 (every letter moved 13 places) and
 * text written backwards. Neither needs a key, so a model reads them as easily as plain text, while patterns
 * and the word model see noise. Both are undone here into payloads that are assessed as messages of their own.
 * Linear in the text's length.
 */
final class SimpleCiphers {

    /** Segments shorter than this say too little about their letter frequencies. */
    static final int MIN_LETTERS = 16;
    /**
     * How much more likely, per letter, the rotated segment must be than the segment as written. Plain text in
     * the four languages scores far below zero (its "e" becomes a rare "r", its "n" an "a"...), ROT13 text far above.
     */
    private static final double MARGIN_PER_LETTER = 0.25;
    /** Natural logarithms of letter frequencies shared by English, Dutch, German and French text (a to z). */
    private static final double[] LOG_FREQUENCY = logs(7.5, 1.5, 2.5, 4.5, 16.0, 1.2, 2.5, 3.5, 7.0, 0.8, 1.5, 4.3, 2.7,
            8.5, 5.5, 1.8, 0.4, 6.8, 6.0, 6.5, 4.3, 1.5, 1.3, 0.3, 0.6, 0.8);
    /** Per letter, how much more likely the letter 13 places on is than the letter itself (log ratio). */
    private static final double[] ROTATION_GAIN = rotationGains();
    /** Words that announce text written backwards, folded (lower case, no accents). */
    private static final List<String> BACKWARDS = List.of("achterstevoren", "backwards", "reversed", "in reverse", "ruckwarts",
            "rueckwaerts", "umgekehrt", "a l'envers", "a l envers", "omgekeerd", "van achter naar voren", "de droite a gauche");

    private SimpleCiphers() {
    }

    /**
     * The ROT13 decoding of each segment (text between sentence marks, colons, brackets and quotes) whose
     * letters read as ROT13 rather than as plain text.
     */
    static List<String> rot13Segments(String text) {
        List<String> decoded = new ArrayList<>();
        int start = 0;
        int letters = 0;
        double gain = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            int letter = (c | 0x20) - 'a';
            if (letter >= 0 && letter < 26) {
                letters++;
                gain += ROTATION_GAIN[letter];
            } else if (isSegmentBoundary(c)) {
                // One pass: the segment's letters were scored on the way, so plain text costs a table lookup per letter.
                if (letters >= MIN_LETTERS && gain > MARGIN_PER_LETTER * letters) {
                    decoded.add(rot13(text.substring(start, i)).strip());
                }
                start = i + 1;
                letters = 0;
                gain = 0;
            }
        }
        return decoded;
    }

    /** The text backwards when it says it is written backwards ("lees dit achterstevoren"), else null. */
    static String reversedIfAnnounced(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 128 && BACKWARDS_BY_FIRST_LETTER[c] != null && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                for (String word : BACKWARDS_BY_FIRST_LETTER[c]) {
                    if (folded.startsWith(word, i)) {
                        return new StringBuilder(folded).reverse().toString();
                    }
                }
            }
        }
        return null;
    }

    /** {@link #BACKWARDS} by first letter: one pass over the text, a comparison only where such a word can start. */
    private static final String[][] BACKWARDS_BY_FIRST_LETTER = byFirstLetter();

    private static String[][] byFirstLetter() {
        String[][] table = new String[128][];
        for (String word : BACKWARDS) {
            String[] group = table[word.charAt(0)] == null ? new String[0] : table[word.charAt(0)];
            table[word.charAt(0)] = java.util.Arrays.copyOf(group, group.length + 1);
            table[word.charAt(0)][group.length] = word;
        }
        return table;
    }

    private static boolean isSegmentBoundary(char c) {
        return switch (c) {
            case '.', ':', '!', '?', '(', ')', '[', ']', '"', '\n', '\u00AB', '\u00BB', '\u201C', '\u201D', ';' -> true;
            default -> false;
        };
    }

    static String rot13(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static double[] rotationGains() {
        double[] gains = new double[26];
        for (int letter = 0; letter < 26; letter++) {
            gains[letter] = LOG_FREQUENCY[(letter + 13) % 26] - LOG_FREQUENCY[letter];
        }
        return gains;
    }

    private static double[] logs(double... perCent) {
        double[] logs = new double[perCent.length];
        for (int i = 0; i < perCent.length; i++) {
            logs[i] = Math.log(perCent[i] / 100);
        }
        return logs;
    }
}
