package nl.helder.server.assistant.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The passage numbers a model answer cites as {@code [1]}, {@code [2]} ..., and the answer without them. A
 * hand-written scan, not a regular expression, so any model output is read in linear time.
 */
record Citations(Set<Integer> cited, String text) {

    static Citations in(String answer) {
        Set<Integer> cited = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder(answer.length());
        int i = 0;
        while (i < answer.length()) {
            char c = answer.charAt(i);
            int close = c == '[' ? closingBracket(answer, i) : -1;
            if (close > i + 1 && numbersOnly(answer, i + 1, close)) {
                for (String number : answer.substring(i + 1, close).split("[,\\s]+")) {
                    if (!number.isEmpty()) {
                        cited.add(Integer.parseInt(number));
                    }
                }
                while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                }
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return new Citations(Set.copyOf(cited), text.toString().strip());
    }

    /** The ']' closing the '[' at {@code open} within a dozen characters, or -1: citations are short. */
    private static int closingBracket(String text, int open) {
        for (int k = open + 1; k < Math.min(text.length(), open + 13); k++) {
            if (text.charAt(k) == ']') {
                return k;
            }
        }
        return -1;
    }

    private static boolean numbersOnly(String text, int from, int to) {
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != ',' && c != ' ') {
                return false;
            }
        }
        return digit;
    }
}
