package nl.helder.guard.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
