package nl.helder.guard.signals;

/** Edit distance at most one, for misspelt person words. */
final class Edits {

    private Edits() {
    }

    /** True when the two words differ by at most one edit (insert, delete, substitute or swap of neighbours). */
    static boolean withinOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        if (a.length() == b.length()) {
            int rest = a.length() - i - 1;
            if (a.regionMatches(i + 1, b, i + 1, rest)) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        }
        return a.length() > b.length()
                ? a.regionMatches(i + 1, b, i, b.length() - i)
                : a.regionMatches(i, b, i + 1, a.length() - i);
    }
}
