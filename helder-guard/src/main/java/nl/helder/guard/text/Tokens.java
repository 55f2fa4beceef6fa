package nl.helder.guard.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text folding and word splitting the guards share: accents removed (only when there are any: most
 * messages are plain ASCII), words as runs of letters and digits. Linear in the text's length.
 */
public final class Tokens {

    /** The base letter of each character up to Latin Extended-B, worked out once with the Unicode decomposition. */
    private static final char[] BASE_LETTERS = baseLetters();

    private Tokens() {
    }

    /**
     * The first {@code max} characters of {@code text}, or one fewer where the cut would split a supplementary
     * character (an emoji) in two: the guards cut what they read to a bound, and a lone high surrogate at the end
     * folds and matches as garbage. The whole text when it is no longer than {@code max}.
     */
    public static String head(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /**
     * {@code text} without accents ("één" is "een"), in one pass: accented Latin letters become their base
     * letter, combining marks are dropped, everything else stays. Expects lower case.
     */
    public static String foldAccents(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) < 128) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < BASE_LETTERS.length) {
                out.append(BASE_LETTERS[c]);
            } else if (!isMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} folded for splitting into words: accents removed and every other character that cannot be
     * part of a word ("€", "’", emoji) made a space. The words are those of {@link #foldAccents}, but the text
     * stays one byte per character, which makes splitting it several times faster. Expects lower case.
     */
    public static String foldForWords(String text) {
        String folded = foldAccents(text);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 128 && !Character.isLetterOrDigit(c)) {
                if (out == null) {
                    out = new StringBuilder(folded);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? folded : out.toString();
    }

    /** Whether {@code c} is a combining mark, which folding drops. */
    public static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static char[] baseLetters() {
        char[] base = new char[0x250];
        for (char c = 0; c < base.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            base[c] = decomposed.length() > 1 && decomposed.substring(1).chars().allMatch(m -> isMark((char) m)) ? decomposed.charAt(0) : c;
        }
        return base;
    }

    /** The first {@code max} words of {@code text}: runs of letters and digits. */
    public static List<String> words(String text, int max) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length() && words.size() < max) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            words.add(text.substring(i, end));
            i = end;
        }
        return words;
    }

    /** The first of {@code phrases} (already folded, as {@code folded} is) that occurs in {@code folded} as whole words. */
    public static Optional<String> firstPhrase(String folded, List<String> phrases) {
        for (String phrase : phrases) {
            int from = 0;
            int at;
            while ((at = folded.indexOf(phrase, from)) >= 0) {
                int end = at + phrase.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
                boolean endOk = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
                if (startOk && endOk) {
                    return Optional.of(phrase);
                }
                from = at + 1;
            }
        }
        return Optional.empty();
    }
}
