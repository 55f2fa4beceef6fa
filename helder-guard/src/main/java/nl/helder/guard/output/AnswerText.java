package nl.helder.guard.output;

import nl.helder.guard.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text helpers of the answer checks: folding (lower case, no accents, one space), phrase search on word
 * boundaries, sentences and content words. Everything runs in time linear in the text.
 */
public final class AnswerText {

    /** Answers are short; longer texts are judged on their first part. */
    static final int MAX_CHARS = 50_000;

    private AnswerText() {
    }

    /** Typographic apostrophes and the accents typed for them ("j’ai", "j‘ai", "jʼai", "j´ai", "j`ai"), as one. */
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("[\u2018\u2019\u02BC\u00B4\u0060\u2032]");

    /** Lower case, accents removed, "ß" as "ss", apostrophes unified, runs of white space as one space. */
    public static String fold(String text) {
        String head = Tokens.head(text, MAX_CHARS);
        String folded = Tokens.foldAccents(APOSTROPHES.matcher(head.toLowerCase(Locale.ROOT)).replaceAll("'").replace("ß", "ss"));
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Sentences, split after '.', '!', '?' or a line break followed by more text. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        String head = Tokens.head(text, MAX_CHARS);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == head.length() || Character.isWhitespace(head.charAt(i + 1))));
            if (end) {
                add(sentences, head.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, head.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }

    /** Words of a folded text: runs of letters and digits. */
    public static List<String> words(String folded) {
        return Tokens.words(folded, Integer.MAX_VALUE);
    }
}
