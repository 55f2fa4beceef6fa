package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.List;

/**
 * Dates of birth: a date ("12-03-1985", "12/3/85", "1985-03-12", "12 maart 1985", "March 12, 1985") shortly
 * after a birth word ("geboren", "geboortedatum", "geb.", "date of birth", "born", "DOB"). A date without such
 * a word is a delivery date or an order date, not personal data, and is left alone.
 */
final class DateOfBirthDetector {

    private static final String[] BIRTH_WORDS = {"geboren", "geboortedatum", "geb", "gebdat", "geboortedag",
            "date of birth", "birth date", "birthdate", "born", "dob", "d.o.b", "birthday", "verjaardag", "ik ben van",
            "geburtsdatum", "geburtstag", "geboren am", "geb.", "jahrgang", "né", "née", "date de naissance",
            "naissance", "i'm from", "ich bin von",
            // Belgian and French notation: "°12/03/1944" (round eleven of issue 14)
            "°"};
    /** Birth words that are also the start of other words ("geb" in "gebruik", "born" in "Bornholm"). */
    private static final java.util.Set<String> WHOLE_WORDS = java.util.Set.of("geb", "gebdat", "born", "dob", "né", "née",
            "ik ben van", "i'm from", "ich bin von", "jahrgang", "°");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug",
            "sep", "sept", "okt", "nov", "dec", "january", "february", "march", "may", "june", "july", "august", "october",
            "mar", "oct", "januar", "februar", "märz", "mai", "juli", "oktober", "dezember", "janvier", "février", "mars",
            "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "déc", "févr", "janv");
    /** The months, asked with the word where it stands: no substring per place the date search tries. */
    private static final nl.helder.guard.text.WordTable<Boolean> MONTH_TABLE = nl.helder.guard.text.WordTable.of(new java.util.HashSet<>(MONTHS));
    /** Birth words the date must follow at once; "°" so, because "20 °C sinds 12-01-2024" is a temperature (round eleven). */
    private static final java.util.Set<String> IMMEDIATE = java.util.Set.of("ik ben van", "i'm from", "ich bin von", "°");
    /** How far after a birth word the date may stand ("Geburtsdatum im System ist falsch. Richtig: 03.11.1966"). */
    private static final int WINDOW = 50;
    /** A date right after a name and a comma or bracket is a date of birth only if its year could be one. */
    private static final int YOUNGEST_BIRTH_YEAR_AGO = 5;

    private DateOfBirthDetector() {
    }

    static void detect(ScanText text) {
        text.eachOccurrence(BIRTH_WORDS, (at, word) -> {
            int from = at + word.length();
            if (text.isLetterOrDigit(at - 1) || WHOLE_WORDS.contains(word) && from < text.length() && Character.isLetter(text.at(from))) {
                return;
            }
            int yearEnd = IMMEDIATE.contains(word) ? idiomYear(text, word, from) : yearAt(text, from);
            if (yearEnd > 0) {
                text.found(PersonalDataType.DATE_OF_BIRTH, yearEnd - 4, yearEnd, 0.85, "birth year right after a birth word");
                return;
            }
            // "ik ben van" is a birth word only when the date follows at once ("ik ben van 12-3-85", not "ik ben van plan").
            int limit = Math.min(text.length(), from + (IMMEDIATE.contains(word) ? 3 : WINDOW));
            boolean skipped = false;
            for (int i = from; i < limit; i++) {
                if (text.isLetterOrDigit(i - 1) && text.isLetterOrDigit(i)) {
                    continue;
                }
                int end = dateAt(text, i);
                if (end > 0 && !skipped && wrongInRecord(text, i, end)) {
                    // The date on file that the customer corrects: the right one may follow, a little further on.
                    skipped = true;
                    limit = Math.min(text.length(), Math.max(limit, end + WINDOW));
                    i = end;
                    continue;
                }
                if (end > 0) {
                    text.found(PersonalDataType.DATE_OF_BIRTH, i, end, 0.9, "date after a birth word");
                    return;
                }
            }
            if (BEFORE_VERBS.contains(word)) {
                dateBefore(text, at);
            }
        });
        afterNames(text);
    }

    /** Words between a birth word and a bare year: "né en 1952", "born in 1961", "geboren im Jahr 1950". */
    private static final String[] YEAR_LINKS = {"en ", "in ", "im ", "anno ", "in het jaar ", "in the year ", "im jahr ", "im jahre ", "l'an "};

    /**
     * What may follow the year ("ik ben van 1962 en …", "ich bin von 1955, …"): a conjunction, or punctuation or the end
     * (below). Not "ik ben van 2008 abonnee", "van 2019 tot 2022" (round twenty-three's review: a list of what may).
     */
    private static final java.util.Set<String> AFTER_BIRTH_YEAR = java.util.Set.of("en", "maar", "dus", "und", "aber", "also",
            "and", "but", "so", "et", "mais", "donc");

    /**
     * "ik ben van 1962", "ich bin von 1955": the Dutch and German way of telling one's birth year, a year at once after
     * the words that is at least {@value #YOUNGEST_BIRTH_YEAR_AGO} years ago and starts no period (round twenty-three).
     */
    private static int idiomYear(ScanText text, String word, int from) {
        if (!word.equals("ik ben van") && !word.equals("ich bin von")) {
            return -1;
        }
        int p = from + 1;
        if (from >= text.length() || text.at(from) != ' ' || p + 4 > text.length() || text.isLetterOrDigit(p + 4)) {
            return -1;
        }
        for (int k = p; k < p + 4; k++) {
            if (!text.isDigit(k)) {
                return -1;
            }
        }
        int year = Integer.parseInt(text.text().substring(p, p + 4));
        if (year < 1900 || year > java.time.Year.now().getValue() - YOUNGEST_BIRTH_YEAR_AGO) {
            return -1;
        }
        int next = p + 4;
        boolean ends = next >= text.length() || ".,;!?)\n".indexOf(text.at(next)) >= 0;
        return ends || AFTER_BIRTH_YEAR.contains(wordAfter(text, next)) ? next : -1;
    }

    private static String wordAfter(ScanText text, int from) {
        int start = from;
        while (start < text.length() && text.at(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.at(end)) && end - start < 16) {
            end++;
        }
        return text.lower().substring(start, end).replaceAll("[.,;:!?]+$", "");
    }

    /**
     * A bare year (1900-2099) right after a birth word ("geb. 1939", "né en 1952", "Jahrgang 1948"), not the start of
     * a full date ("1985-03-12" is left to the date search): returns the year's end, or -1.
     */
    private static int yearAt(ScanText text, int from) {
        int n = text.length();
        int p = from;
        while (p < n && p - from < 3 && (text.at(p) == ' ' || text.at(p) == '.' || text.at(p) == ':')) {
            p++;
        }
        String lower = text.lower();
        for (String link : YEAR_LINKS) {
            if (lower.startsWith(link, p)) {
                p += link.length();
                break;
            }
        }
        if (p + 4 > n || !text.isDigit(p) || !text.isDigit(p + 1) || !text.isDigit(p + 2) || !text.isDigit(p + 3)) {
            return -1;
        }
        char c0 = text.at(p);
        char c1 = text.at(p + 1);
        if (!(c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0')) {
            return -1;
        }
        int end = p + 4;
        if (text.isLetterOrDigit(end)) {
            return -1;
        }
        if (end + 1 < n && (text.at(end) == '-' || text.at(end) == '/' || text.at(end) == '.') && text.isDigit(end + 1)) {
            return -1;
        }
        return end;
    }

    /** Words that quote what is on file: "er staat", "it says", "steht", "indiqué". */
    private static final String[] ON_FILE = {"staat", "stond", "says", "shows", "said", "steht", "stand", "indique",
            "indiqué", "affiche", "vermeld", "hinterlegt", "registered", "geregistreerd", "listed"};
    /** Words that correct it: "maar", "but", "richtig ist", "alors que", "is wrong". */
    private static final String[] CORRECTION = {"maar", "but", "richtig", "correct", "juist", "terwijl", "mais", "aber",
            "actually", "eigenlijk", "moet zijn", "should be", "sollte", "alors que", "whereas", "klopt niet", "is wrong",
            "ist falsch", "est faux", "est erronée", "fout", "typo", "tippfehler", "niet goed", "not right"};

    /**
     * A date the customer quotes from the organisation's records to correct it ("it says 14/05/1990 but I was born on
     * ...", "steht 1.3.1975, richtig ist 3.1.1975"): a record word before it and a correction after it, both close.
     * It is a wrong date, not the person's; the right one, which follows, is.
     */
    private static boolean wrongInRecord(ScanText text, int start, int end) {
        return text.precededBy(start, 35, ON_FILE) && text.followedBy(end, 25, CORRECTION);
    }

    /** Birth words that end a clause with the date before them: "ik ben op 3 maart 1985 geboren", "am 3.3.85 geboren". */
    private static final java.util.Set<String> BEFORE_VERBS = java.util.Set.of("geboren", "born", "né", "née");
    private static final int BEFORE_WINDOW = 30;

    /** A date ending within {@value #BEFORE_WINDOW} characters before the birth word at {@code at}. */
    private static void dateBefore(ScanText text, int at) {
        for (int i = Math.max(0, at - BEFORE_WINDOW); i < at; i++) {
            if (text.isLetterOrDigit(i - 1) || !text.isDigit(i) && !Character.isLetter(text.at(i))) {
                continue;
            }
            int end = dateAt(text, i);
            if (end > 0 && end <= at && !wrongInRecord(text, i, end)) {
                text.found(PersonalDataType.DATE_OF_BIRTH, i, end, 0.85, "date before a birth word");
                return;
            }
        }
    }

    /**
     * A full date right after a capitalised word and ", " or " (": "Daan (14-02-2007)", "Ilse Vermeulen,
     * 12-06-1971". Delivery and letter dates rarely follow a name that way; a year in the last few years (a
     * letter's "Utrecht, 3 maart 2025") is left alone.
     */
    private static void afterNames(ScanText text) {
        String s = text.text();
        int latest = java.time.Year.now().getValue() - YOUNGEST_BIRTH_YEAR_AGO;
        for (int i = s.indexOf(' '); i > 0; i = s.indexOf(' ', i + 1)) {
            char before = s.charAt(i - 1);
            int dateStart;
            if (before == ',' && i >= 3 && Character.isLetter(s.charAt(i - 2))) {
                dateStart = i + 1;
            } else if (Character.isLetter(before) && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                dateStart = i + 2;
            } else if ((before == '-' || before == '–' || before == '—') && i >= 3 && s.charAt(i - 2) == ' '
                    && Character.isLetter(s.charAt(i - 3)) && capitalisedWordBefore(text, i - 2) && listItem(text, i - 2)) {
                dateStart = i + 1; // a list of people: "1. Annelies Vermeulen – 04-02-1965" (round twenty-three)
                if (!text.isDigit(dateStart)) {
                    continue;
                }
                int end = dateAt(text, dateStart);
                if (end > 0 && yearOf(text, end) <= latest && !OTHER_DATE_WORDS.contains(wordAfter(text, end))) {
                    text.found(PersonalDataType.DATE_OF_BIRTH, dateStart, end, 0.8, "date right after a name and a dash");
                }
                continue;
            } else {
                continue;
            }
            boolean bracket = before != ',';
            // After a comma the word before must be a name (capitalised); a date alone in brackets after a person
            // word ("mijn zoon (12-03-2010)") counts too.
            if (!text.isDigit(dateStart) || !bracket && !capitalisedWordBefore(text, i - 1)) {
                continue;
            }
            int end = dateAt(text, dateStart);
            if (end > 0 && bracket && !capitalisedWordBefore(text, i) && (end >= s.length() || s.charAt(end) != ')')) {
                continue;
            }
            if (end > 0 && yearOf(text, end) <= latest) {
                text.found(PersonalDataType.DATE_OF_BIRTH, dateStart, end, 0.8, "date right after a name");
            }
        }
    }

    /** Words after a date that make it another date than a birth: a contract's term, a death ("Maria - 14-03-2011 overleden"). */
    private static final java.util.Set<String> OTHER_DATE_WORDS = java.util.Set.of("tot", "t/m", "afgesloten", "overleden",
            "gestorven", "†", "décédé", "décédée", "gestorben", "verstorben", "deceased", "died", "passed", "until", "bis");

    /**
     * Whether the words ending at {@code end} open a line or a list item (a line break, a number and a full stop, a dash or
     * a bullet before them, at most four words back): "1. Annelies Vermeulen – …"; not "Contract Vattenfall – 01-01-2010".
     */
    private static boolean listItem(ScanText text, int end) {
        String s = text.text();
        int p = end;
        for (int words = 0; words < 4 && p > 0; words++) {
            while (p > 0 && Character.isLetter(s.charAt(p - 1)) || p > 0 && (s.charAt(p - 1) == '-' || s.charAt(p - 1) == '\'')
                    && p > 1 && Character.isLetter(s.charAt(p - 2))) {
                p--;
            }
            int wordStart = p;
            while (p > 0 && s.charAt(p - 1) == ' ') {
                p--;
            }
            if (p == 0 || s.charAt(p - 1) == '\n') {
                // a line of its own needs a first name to open it: "Annelies Vermeulen – …", not "Huurcontract Woonstad – …"
                int firstEnd = wordStart;
                while (firstEnd < end && Character.isLetter(s.charAt(firstEnd))) {
                    firstEnd++;
                }
                return firstEnd > wordStart && Character.isUpperCase(s.charAt(wordStart))
                        && NameLexicon.STANDARD.isFirstName(text.lower().substring(wordStart, firstEnd));
            }
            char c = s.charAt(p - 1);
            if (c == '.' && p > 1 && Character.isDigit(s.charAt(p - 2)) || c == '-' || c == '•' || c == '*' || c == ')') {
                return true;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean capitalisedWordBefore(ScanText text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.at(start - 1))) {
            start--;
        }
        return end - start >= 2 && Character.isUpperCase(text.at(start));
    }

    /** The year of a date ending at {@code end} (its last digits; two-digit years read as 19xx or 20xx). */
    private static int yearOf(ScanText text, int end) {
        int start = end;
        while (start > 0 && text.isDigit(start - 1)) {
            start--;
        }
        int year = Integer.parseInt(text.text().substring(start, end));
        return end - start == 2 ? (year > java.time.Year.now().getValue() % 100 ? 1900 + year : 2000 + year) : year;
    }

    /** The end of a date starting at {@code i}, or -1. */
    private static int dateAt(ScanText text, int i) {
        int numeric = numericDate(text, i);
        return numeric > 0 ? numeric : writtenDate(text, i);
    }

    /**
     * Whether {@code start..end} is exactly one date written in digits ("1987-03-22", "22.03.1987"): how the BSN search
     * knows eight digits that pass the 11-proof are a date (round eleven of issue 14).
     */
    static boolean numericDateSpans(ScanText text, int start, int end) {
        return numericDate(text, start) == end;
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
        // American month first ("8/23/1995"), only where the day cannot be a month: 8/3/1995 stays day first.
        boolean monthFirst = separator == '/' && lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2)
                && parts[0] >= 1 && parts[0] <= 12 && parts[1] > 12 && parts[1] <= 31;
        return dayFirst || yearFirst || monthFirst ? p : -1;
    }

    private static final String[] ORDINALS = {"st", "nd", "rd", "th", "er", "ste", "de"};

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    /** "12 maart 1985", "12 March 1985", "March 12, 1985", "3rd of March 1985", "1er mars 1990". */
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
            } else {
                for (String ordinal : ORDINALS) {
                    if (lower.startsWith(ordinal, p) && !Character.isLetter(charAt(lower, p + ordinal.length()))) {
                        p += ordinal.length();
                        break;
                    }
                }
            }
            if (lower.startsWith(" of ", p)) {
                p += 3;
            }
            while (p < text.length() && text.at(p) == ' ') {
                p++;
            }
        }
        int monthEnd = p;
        while (monthEnd < text.length() && Character.isLetter(lower.charAt(monthEnd))) {
            monthEnd++;
        }
        if (!MONTH_TABLE.contains(lower, p, monthEnd)) {
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
            for (String ordinal : ORDINALS) {
                if (lower.startsWith(ordinal, p) && !Character.isLetter(charAt(lower, p + ordinal.length()))) {
                    p += ordinal.length();
                    break;
                }
            }
            if (p < text.length() && text.at(p) == ',') {
                p++;
            }
        }
        while (p < text.length() && text.at(p) == ' ') {
            p++;
        }
        if (p < text.length() && text.at(p) == '\'') {
            p++; // "12 maart '85"
        }
        int yearStart = p;
        while (text.isDigit(p) && p - yearStart < 4) {
            p++;
        }
        return (p - yearStart == 4 || p - yearStart == 2) && !text.isDigit(p) ? p : -1;
    }
}
