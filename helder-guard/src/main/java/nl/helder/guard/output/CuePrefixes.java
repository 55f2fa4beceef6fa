package nl.helder.guard.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The literal beginnings a cue's pattern can match with ("\b(?:ik ben|i am|...)" begins with "ik ben", "i am",
 * ...), worked out once from the pattern text. A word where none of them starts cannot start a match, so the
 * cue is tried only where one does: most words of an answer are passed over with a few {@code startsWith} calls
 * instead of a run through a long alternation. When a pattern begins with anything but literals (a character
 * class, an optional group) there are no prefixes and every word start is tried.
 */
final class CuePrefixes {

    private CuePrefixes() {
    }

    /** The prefixes of {@code regex} (which begins with {@code \b}), or empty when they cannot be worked out. */
    static Optional<List<String>> of(String regex) {
        if (!regex.startsWith("\\b")) {
            return Optional.empty();
        }
        return Optional.ofNullable(prefixes(regex.substring(2)));
    }

    private static List<String> prefixes(String regex) {
        List<String> all = new ArrayList<>();
        for (String alternative : alternatives(regex)) {
            List<String> found = prefixesOfSequence(alternative);
            if (found == null) {
                return null;
            }
            all.addAll(found);
        }
        return all;
    }

    /** The prefixes of one alternative: its leading group's, or its leading literal text. */
    private static List<String> prefixesOfSequence(String sequence) {
        String rest = sequence;
        while (rest.startsWith("(?!") || rest.startsWith("(?=")) {
            rest = rest.substring(closing(rest, 0) + 1);
        }
        if (rest.startsWith("(?:")) {
            int close = closing(rest, 0);
            if (close < 0 || (close + 1 < rest.length() && "?*{".indexOf(rest.charAt(close + 1)) >= 0)) {
                return null;
            }
            return prefixes(rest.substring(3, close));
        }
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == ',' || c == '-') {
                literal.append(c);
                continue;
            }
            if ("?*{".indexOf(c) >= 0 && literal.length() > 0) {
                literal.setLength(literal.length() - 1);
            }
            break;
        }
        return literal.length() == 0 ? null : List.of(literal.toString());
    }

    /** The top-level alternatives of a regex. */
    private static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
