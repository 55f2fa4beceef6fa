package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.List;

/**
 * Dates of birth: a date ("12-03-1985", "12/3/85", "1985-03-12", "12 maart 1985", "March 12, 1985") shortly
 * after a birth word ("geboren", "geboortedatum", "geb.", "date of birth", "born", "DOB"). A date without such
 * a word is a delivery date or an order date, not personal data, and is left alone.
 */
final class DateOfBirthDetector {

    private static final String[] BIRTH_WORDS = {"geboren", "geboortedatum", "geb.", "geb:", "geboortedag",
            "date of birth", "birth date", "birthdate", "born", "dob", "d.o.b", "birthday", "verjaardag"};
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug",
            "sep", "sept", "okt", "nov", "dec", "january", "february", "march", "may", "june", "july", "august", "october",
            "mar", "oct");
    private static final int WINDOW = 30;

    private DateOfBirthDetector() {
    }

    static void detect(ScanText text) {
        text.eachOccurrence(BIRTH_WORDS, (at, word) -> {
            int from = at + word.length();
            int limit = Math.min(text.length(), from + WINDOW);
            for (int i = from; i < limit; i++) {
                if (text.isLetterOrDigit(i - 1) && text.isLetterOrDigit(i)) {
                    continue;
                }
                int end = dateAt(text, i);
                if (end > 0) {
                    text.found(PersonalDataType.DATE_OF_BIRTH, i, end, 0.9, "date after a birth word");
                    return;
                }
            }
        });
    }

    /** The end of a date starting at {@code i}, or -1. */
    private static int dateAt(ScanText text, int i) {
        int numeric = numericDate(text, i);
        return numeric > 0 ? numeric : writtenDate(text, i);
    }

    private static int numericDate(ScanText text, int i) {
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int p = i;
        char separator = 0;
        for (int part = 0; part < 3; part++) {
            int start = p;
            while (text.isDigit(p) && p - start < 4) {
                p++;
            }
            lengths[part] = p - start;
            if (lengths[part] == 0) {
                return -1;
            }
            parts[part] = Integer.parseInt(text.text().substring(start, p));
            if (part < 2) {
                char c = p < text.length() ? text.at(p) : 0;
                if (c != '-' && c != '/' && c != '.' || separator != 0 && c != separator) {
                    return -1;
                }
                separator = c;
                p++;
            }
        }
        if (text.isDigit(p)) {
            return -1;
        }
        boolean dayFirst = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2)
                && parts[0] >= 1 && parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12;
        boolean yearFirst = lengths[0] == 4 && parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31;
        return dayFirst || yearFirst ? p : -1;
    }

    /** "12 maart 1985", "12 March 1985", "March 12, 1985". */
    private static int writtenDate(ScanText text, int i) {
        String lower = text.lower();
        int p = i;
        int dayStart = p;
        while (text.isDigit(p) && p - dayStart < 2) {
            p++;
        }
        boolean dayFirst = p > dayStart;
        if (dayFirst) {
            if (p < text.length() && (text.at(p) == '.' || lower.startsWith("e ", p))) {
                p++;
            }
            while (p < text.length() && text.at(p) == ' ') {
                p++;
            }
        }
        int monthEnd = p;
        while (monthEnd < text.length() && Character.isLetter(lower.charAt(monthEnd))) {
            monthEnd++;
        }
        if (!MONTHS.contains(lower.substring(p, monthEnd))) {
            return -1;
        }
        p = monthEnd;
        if (p < text.length() && text.at(p) == '.') {
            p++;
        }
        if (!dayFirst) {
            while (p < text.length() && text.at(p) == ' ') {
                p++;
            }
            int d = p;
            while (text.isDigit(p) && p - d < 2) {
                p++;
            }
            if (p == d) {
                return -1;
            }
            if (p < text.length() && text.at(p) == ',') {
                p++;
            }
        }
        while (p < text.length() && text.at(p) == ' ') {
            p++;
        }
        int yearStart = p;
        while (text.isDigit(p) && p - yearStart < 4) {
            p++;
        }
        return p - yearStart == 4 && !text.isDigit(p) ? p : -1;
    }
}
