package nl.helder.guard.privacy;

/**
 * Whether a word is a given name on the public first-name list the privacy guard uses ({@code first-names.txt}:
 * Meertens Voornamenbank, some 9,200 names of every origin given in the Netherlands). For other guards that must not
 * learn from the names their training authors happened to choose; the list says what a word can be, not what it is.
 */
public final class GivenNames {

    private GivenNames() {
    }

    /** Whether {@code lowerCaseWord} (lower case; accents may be kept or folded) is on the first-name list. */
    public static boolean contains(String lowerCaseWord) {
        return NameLexicon.STANDARD.isFirstName(lowerCaseWord);
    }
}
