package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.List;

/**
 * Dutch postcodes ("1234 AB", "1234ab") and street addresses: a street word with a Dutch street suffix
 * ("Kalverstraat", "Van Baerlestraat", "Lange Voorhout") followed by a house number ("12", "12a", "12-3",
 * "12 bis"), and English "221B Baker Street".
 */
final class AddressDetector {

    private static final List<String> DUTCH_SUFFIXES = List.of("straat", "laan", "weg", "plein", "gracht", "kade", "singel",
            "dijk", "dreef", "hof", "pad", "steeg", "markt", "park", "plantsoen", "boulevard", "baan", "ring", "wal",
            "haven", "veld", "voorhout", "burgwal", "erf", "hoek", "akker", "donk", "laantje", "straatje");
    private static final List<String> ENGLISH_SUFFIXES = List.of("street", "road", "avenue", "lane", "drive", "square",
            "close", "way", "court", "place");
    /** Street words that lead a name: "Laan van Meerdervoort", "Plein 1944", "Kade Zuid". */
    private static final List<String> LEADING_STREET_WORDS = List.of("laan", "plein", "kade", "singel", "weg", "dijk", "straat");

    /** Letter pairs never used in Dutch postcodes. */
    private static final List<String> UNUSED = List.of("SA", "SD", "SS");

    private AddressDetector() {
    }

    static void detect(ScanText text) {
        postcodes(text);
        streets(text);
    }

    private static void postcodes(ScanText text) {
        String s = text.text();
        int n = s.length();
        for (int i = 0; i + 6 <= n; i++) {
            if (s.charAt(i) < '1' || s.charAt(i) > '9' || text.isLetterOrDigit(i - 1)
                    || !text.isDigit(i + 1) || !text.isDigit(i + 2) || !text.isDigit(i + 3)) {
                continue;
            }
            int letters = i + 4;
            boolean spaced = letters < n && s.charAt(letters) == ' ';
            if (spaced) {
                letters++;
            }
            if (letters + 2 > n || text.isLetterOrDigit(letters + 2)) {
                continue;
            }
            String pair = s.substring(letters, letters + 2);
            boolean upper = isUpper(pair.charAt(0)) && isUpper(pair.charAt(1));
            boolean lower = isLower(pair.charAt(0)) && isLower(pair.charAt(1));
            // "1234 en ..." is a number and a word; "1234ab" and "1234 AB" are postcodes.
            if ((upper || lower && !spaced) && !UNUSED.contains(pair.toUpperCase(java.util.Locale.ROOT))) {
                text.found(PersonalDataType.POSTCODE, i, letters + 2, upper ? 0.95 : 0.85, "Dutch postcode");
                i = letters + 1;
            }
        }
    }

    private static void streets(ScanText text) {
        String s = text.text();
        String lower = text.lower();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i)) || i > 0 && Character.isLetter(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < n && (Character.isLetter(s.charAt(wordEnd)) || s.charAt(wordEnd) == '-' || s.charAt(wordEnd) == '\'')) {
                wordEnd++;
            }
            int length = wordEnd - i;
            if (length >= 3 && (Character.isUpperCase(s.charAt(i)) || length >= 7)) {
                String word = lower.substring(i, wordEnd);
                if (LEADING_STREET_WORDS.contains(word) && Character.isUpperCase(s.charAt(i))) {
                    int number = leadingStreetEnd(text, wordEnd);
                    if (number > 0) {
                        text.found(PersonalDataType.ADDRESS, i, number, 0.85, "street and house number");
                        i = number;
                        continue;
                    }
                }
                if (endsWithAny(word, DUTCH_SUFFIXES)) {
                    int number = houseNumberAfter(text, wordEnd);
                    if (number > 0) {
                        text.found(PersonalDataType.ADDRESS, streetStart(text, i), number, 0.9, "street and house number");
                    }
                } else if (ENGLISH_SUFFIXES.contains(word)) {
                    int start = englishNumberBefore(text, i);
                    if (start >= 0) {
                        text.found(PersonalDataType.ADDRESS, start, wordEnd, 0.85, "house number and street");
                    }
                }
            }
            i = wordEnd;
        }
    }

    /** Street suffixes by their last letter, so a word is compared only with the few that can match. */
    private static final java.util.Map<Character, List<String>> SUFFIXES_BY_LAST = DUTCH_SUFFIXES.stream()
            .collect(java.util.stream.Collectors.groupingBy(suffix -> suffix.charAt(suffix.length() - 1)));

    private static boolean endsWithAny(String word, List<String> suffixes) {
        List<String> candidates = SUFFIXES_BY_LAST.getOrDefault(word.charAt(word.length() - 1), List.of());
        for (String suffix : candidates) {
            if (word.endsWith(suffix) && (word.length() >= suffix.length() + 2 || suffix.length() >= 6)) {
                return true;
            }
        }
        return false;
    }

    /** After a leading street word: particles and capitalised words (at most four), then a house number. */
    private static int leadingStreetEnd(ScanText text, int from) {
        String s = text.text();
        int i = from;
        for (int words = 0; words < 4 && i < s.length() && s.charAt(i) == ' '; words++) {
            int number = houseNumberAfter(text, i);
            if (number > 0 && words > 0) {
                return number;
            }
            int start = i + 1;
            int end = start;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            String word = s.substring(start, end);
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || List.of("van", "de", "der", "den", "het", "ter", "ten").contains(word))) {
                return -1;
            }
            i = end;
        }
        int number = houseNumberAfter(text, i);
        return number;
    }

    /** Returns the end of "␠12", "␠12a", "␠12-3", "␠12 bis" after {@code from}, or -1. */
    private static int houseNumberAfter(ScanText text, int from) {
        String s = text.text();
        int i = from;
        if (i >= s.length() || s.charAt(i) != ' ') {
            return -1;
        }
        i++;
        int digits = i;
        while (i < s.length() && text.isDigit(i) && i - digits < 5) {
            i++;
        }
        if (i == digits || text.isDigit(i) || s.charAt(digits) == '0') {
            return -1;
        }
        if (i < s.length() && Character.isLetter(s.charAt(i)) && !Character.isLetter(charAt(s, i + 1))) {
            i++;
        } else if (i + 1 < s.length() && s.charAt(i) == '-' && text.isDigit(i + 1)) {
            i++;
            while (i < s.length() && text.isDigit(i)) {
                i++;
            }
        }
        return Character.isLetterOrDigit(charAt(s, i)) ? -1 : i;
    }

    /** Includes one or two capitalised words or Dutch particles before the street word ("Van Baerle", "Lange"). */
    private static int streetStart(ScanText text, int wordStart) {
        String s = text.text();
        int start = wordStart;
        for (int words = 0; words < 2; words++) {
            int space = start - 1;
            if (space <= 0 || s.charAt(space) != ' ') {
                break;
            }
            int previous = space;
            while (previous > 0 && Character.isLetter(s.charAt(previous - 1))) {
                previous--;
            }
            String word = s.substring(previous, space);
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) && previous > 0 && s.charAt(previous - 1) != '.'
                    || List.of("van", "de", "der", "den", "het", "ter", "ten").contains(word))) {
                break;
            }
            if (List.of("De", "Het", "Op", "In", "Aan", "Naar", "Mijn", "Ik", "Wij").contains(word) && words == 0 && previous == 0) {
                break;
            }
            start = previous;
        }
        return start;
    }

    private static int englishNumberBefore(ScanText text, int streetWord) {
        String s = text.text();
        int space = streetWord - 1;
        if (space <= 0 || s.charAt(space) != ' ') {
            return -1;
        }
        int nameStart = space;
        while (nameStart > 0 && Character.isLetter(s.charAt(nameStart - 1))) {
            nameStart--;
        }
        if (nameStart == space || !Character.isUpperCase(s.charAt(nameStart)) || nameStart < 2 || s.charAt(nameStart - 1) != ' ') {
            return -1;
        }
        int end = nameStart - 1;
        int start = end;
        if (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        int digitsEnd = start;
        while (start > 0 && text.isDigit(start - 1)) {
            start--;
        }
        return start < digitsEnd && !text.isLetterOrDigit(start - 1) ? start : -1;
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
