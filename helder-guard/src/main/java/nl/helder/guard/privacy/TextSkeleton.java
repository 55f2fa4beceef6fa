package nl.helder.guard.privacy;

/**
 * A view of a text for detection: invisible format characters (zero-width space and joiners, soft hyphen,
 * bidi controls, Unicode tag characters) and combining marks are dropped, digits of any script become ASCII
 * digits and full-width ASCII becomes ASCII. "1\u200B2\u200B3" is read as "123", so a number split with
 * invisible characters is still found, and offsets map back to the original text. Built in one pass.
 */
final class TextSkeleton {

    private final String original;
    private final String text;
    private final int[] toOriginal;

    private TextSkeleton(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    static TextSkeleton of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (c < 128) { // ASCII has no format characters or marks and stays as it is: the common case, made cheap
                map[text.length()] = i++;
                text.append(c);
                continue;
            }
            int codePoint = original.codePointAt(i);
            int width = Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                i += width;
                continue;
            }
            if (codePoint > 127 && Character.isDigit(codePoint)) {
                map[text.length()] = i;
                text.append((char) ('0' + Character.digit(codePoint, 10)));
            } else if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
                map[text.length()] = i;
                text.append((char) (codePoint - 0xFEE0));
            } else if (codePoint > 0xFF && latin1StandIn(codePoint, type) != 0) {
                map[text.length()] = i;
                text.append(latin1StandIn(codePoint, type));
            } else {
                for (int k = 0; k < width; k++) {
                    map[text.length()] = i + k;
                    text.append(original.charAt(i + k));
                }
            }
            i += width;
        }
        map[text.length()] = original.length();
        return new TextSkeleton(original, text.toString(), map);
    }

    /**
     * A Latin-1 character of the same kind for the symbols common in typed Dutch text (the euro sign, curly
     * quotes, emoji), or 0 to keep the character. A skeleton of Latin-1 characters only is stored one byte per
     * character, which makes every detector's pass over it markedly faster; the detectors only ask what kind of
     * character stands somewhere, so the stand-in changes no finding.
     */
    private static char latin1StandIn(int codePoint, int type) {
        return switch (codePoint) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201C', '\u201D' -> '"';
            default -> type == Character.CURRENCY_SYMBOL ? '\u00A4' : type == Character.OTHER_SYMBOL && codePoint <= 0xFFFF ? '\u00A6' : 0;
        };
    }

    String text() {
        return text;
    }

    /** The original index of the skeleton index {@code start}. */
    int originalStart(int start) {
        return toOriginal[start];
    }

    /**
     * The original end (exclusive) of a skeleton span ending (exclusive) at {@code end}: right after the
     * original character of the span's last skeleton character, so invisible characters after it stay out.
     */
    int originalEnd(int end) {
        int last = toOriginal[end - 1];
        return last + Character.charCount(original.codePointAt(last));
    }
}
