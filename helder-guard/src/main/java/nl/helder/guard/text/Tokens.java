package nl.helder.guard.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text folding and word splitting the guards share: accents removed (only when there are any: most
 * messages are plain ASCII), words as runs of letters and digits. Linear in the text's length.
 */
public final class Tokens {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokens() {
    }

    /** {@code text} without accents ("één" is "een"); expects lower case. */
    public static String foldAccents(String text) {
        return text.chars().allMatch(c -> c < 128) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
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
}
