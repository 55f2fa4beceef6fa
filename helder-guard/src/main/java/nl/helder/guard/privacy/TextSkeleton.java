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
    /** Per skeleton index, the original index; null when they are the same (nothing dropped or merged). */
    private final int[] toOriginal;

    private TextSkeleton(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    static TextSkeleton of(String original) {
        int length = original.length();
        int first = 0;
        while (first < length && original.charAt(first) < 128) {
            first++;
        }
        if (first == length) {
            // ASCII has no format characters or marks and stays as it is: the common case, and then the skeleton is
            // the original itself, with no copy and no offset map.
            return new TextSkeleton(original, original, null);
        }
        char[] text = new char[length];
        original.getChars(0, first, text, 0);
        int size = first;
        // The offset map is made only once a character is dropped or two become one: until then skeleton and
        // original offsets agree (a stand-in replaces one character by one), as they do in most messages.
        int[] map = null;
        int i = first;
        while (i < length) {
            char c = original.charAt(i);
            if (c < 128) {
                if (map != null) {
                    map[size] = i;
                }
                text[size++] = c;
                i++;
                continue;
            }
            int codePoint = original.codePointAt(i);
            int width = Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (map == null) {
                    map = identity(size, length);
                }
                i += width;
                continue;
            }
            char standIn;
            if (codePoint > 127 && Character.isDigit(codePoint)) {
                standIn = (char) ('0' + Character.digit(codePoint, 10));
            } else if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
                standIn = (char) (codePoint - 0xFEE0);
            } else if (codePoint > 0xFF) {
                standIn = latin1StandIn(codePoint, type);
            } else {
                standIn = 0;
            }
            if (standIn != 0) {
                if (width > 1 && map == null) {
                    map = identity(size, length);
                }
                if (map != null) {
                    map[size] = i;
                }
                text[size++] = standIn;
            } else {
                for (int k = 0; k < width; k++) {
                    if (map != null) {
                        map[size] = i + k;
                    }
                    text[size++] = original.charAt(i + k);
                }
            }
            i += width;
        }
        if (map != null) {
            map[size] = length;
        }
        return new TextSkeleton(original, new String(text, 0, size), map);
    }

    /** The map of the first {@code size} skeleton characters, which stand where they stood in the original. */
    private static int[] identity(int size, int length) {
        int[] map = new int[length + 1];
        for (int k = 0; k < size; k++) {
            map[k] = k;
        }
        return map;
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
        return toOriginal == null ? start : toOriginal[start];
    }

    /**
     * The original end (exclusive) of a skeleton span ending (exclusive) at {@code end}: right after the
     * original character of the span's last skeleton character, so invisible characters after it stay out.
     */
    int originalEnd(int end) {
        int last = toOriginal == null ? end - 1 : toOriginal[end - 1];
        return last + Character.charCount(original.codePointAt(last));
    }
}
