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
            "haven", "veld", "voorhout", "burgwal", "erf", "hoek", "akker", "donk", "laantje", "straatje",
            // German street words end compounds the same way ("Bahnhofstraße", "Lindenallee", "Marktplatz").
            "straße", "strasse", "allee", "gasse", "platz", "ufer", "chaussee");
    private static final List<String> ENGLISH_SUFFIXES = List.of("street", "road", "avenue", "lane", "drive", "square",
            "close", "way", "court", "place");
    /** Street words that lead a name: "Laan van Meerdervoort", "Plein 1944", "Kade Zuid". */
    private static final java.util.Set<String> LEADING_STREET_WORDS = java.util.Set.of("laan", "plein", "kade", "singel", "weg", "dijk", "straat",
            "avenue", "rue", "chaussée", "boulevard", "place", "allée", "chemin", "quai", "impasse", "route", "square");
    /** French and Belgian street words, also after the house number: "24 avenue Jean Jaurès", "12 rue de la Paix". */
    private static final java.util.Set<String> FRENCH_STREET_WORDS = java.util.Set.of("avenue", "rue", "chaussée", "boulevard", "bd", "place",
            "allée", "chemin", "quai", "impasse", "route");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "de", "der", "den", "het", "ter", "ten", "du", "des", "la", "le",
            "l", "d", "von", "am", "an", "im", "auf", "zum", "zur", "'t");
    /** The longest stretch looked at before a postcode for the street it belongs to. */
    private static final int STREET_LOOK_BACK = 60;

    /** Letter pairs never used in Dutch postcodes. */
    private static final List<String> UNUSED = List.of("SA", "SD", "SS");

    private AddressDetector() {
    }

    static void detect(ScanText text) {
        postcodes(text);
        countryPostcodes(text);
        barePostcodes(text);
        streets(text);
        foreignAddresses(text);
    }

    /**
     * Addresses as written in address blocks and after an address word, in any country's form: a street and
     * house number followed by a postcode ("Overtoom 301, 1054 HW", "Lindenallee 7a, 50968 Köln",
     * "Avenue Louise 221, 1050 Ixelles", "Bahnhofstraße 14\n48143 Münster"). A four- or five-digit postcode
     * followed by a place name counts only right after such a street and number, and the street only before a
     * postcode: each makes the other certain.
     */
    private static void foreignAddresses(ScanText text) {
        String s = text.text();
        int n = s.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || text.isLetterOrDigit(i - 1)) {
                continue;
            }
            int end = i;
            while (text.isDigit(end)) {
                end++;
            }
            int length = end - i;
            if (c == '0' && length != 5) {
                i = end;
                continue; // only French and German five-digit postcodes start with 0 ("06000 Nice", "01067 Dresden")
            }
            int codeEnd = -1;
            if ((length == 4 || length == 5) && end + 2 < n && s.charAt(end) == ' ' && Character.isUpperCase(s.charAt(end + 1))
                    && Character.isLetter(s.charAt(end + 2))) {
                codeEnd = end; // "50968 Köln", "1050 Ixelles"
            } else if (length == 4 && dutchLetters(text, end) > 0) {
                codeEnd = dutchLetters(text, end);
            }
            if (codeEnd > 0 && !companyBox(text, i)) {
                int street = streetBefore(text, i);
                if (street >= 0) {
                    int streetEnd = separatorStart(text, i);
                    text.found(PersonalDataType.ADDRESS, street, streetEnd, 0.9, "street and number before a postcode");
                    if (length == 5 || codeEnd == end) {
                        text.found(PersonalDataType.POSTCODE, i, codeEnd, 0.9, "postcode after a street and number");
                    }
                }
            }
            i = end;
        }
    }

    /** The end of " AB"/"AB" after a Dutch postcode's digits at {@code end}, or -1. */
    private static int dutchLetters(ScanText text, int end) {
        String s = text.text();
        int letters = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        if (letters + 2 > s.length() || text.isLetterOrDigit(letters + 2)) {
            return -1;
        }
        return isUpper(s.charAt(letters)) && isUpper(s.charAt(letters + 1)) ? letters + 2 : -1;
    }

    /** Where the separator (", ", line break, space) before a postcode at {@code postcode} starts. */
    private static int separatorStart(ScanText text, int postcode) {
        int p = postcode;
        while (p > 0 && (text.at(p - 1) == ' ' || text.at(p - 1) == ',' || text.at(p - 1) == '\n' || text.at(p - 1) == '\r')) {
            p--;
        }
        return p;
    }

    /**
     * The start of a street and house number that ends right before the postcode at {@code postcode} (after a
     * comma, line break or space), or -1: capitalised words and particles, then a number with an optional
     * letter, Roman floor, "bis" or Belgian box ("17-III", "7a", "201 bis", "1150 bte 3"); or a number first and a
     * French street word ("24 avenue Jean Jaurès").
     */
    private static int streetBefore(ScanText text, int postcode) {
        String s = text.text();
        int end = separatorStart(text, postcode);
        if (end == postcode || end == 0) {
            return -1;
        }
        int from = Math.max(0, end - STREET_LOOK_BACK);
        List<int[]> words = new java.util.ArrayList<>();
        int p = end;
        // Words back to the start of the segment (a comma, colon, bracket or line break ends it).
        while (p > from) {
            char c = s.charAt(p - 1);
            if (c == ',' || c == '\n' || c == '(' || c == ':' || c == ';' || c == '.' && !(p >= 2 && Character.isLetter(s.charAt(p - 2)) && words.size() < 2)) {
                break;
            }
            if (c == ' ') {
                p--;
                continue;
            }
            int wordEnd = p;
            while (p > from && s.charAt(p - 1) != ' ' && s.charAt(p - 1) != ',' && s.charAt(p - 1) != '\n' && s.charAt(p - 1) != '(' && s.charAt(p - 1) != ':') {
                p--;
            }
            words.add(0, new int[] {p, wordEnd});
        }
        int start = streetStart(text, words);
        if (start < 0 && !words.isEmpty() && p >= 2 && s.charAt(p - 1) == ',' && words.size() <= 5
                && FRENCH_STREET_WORDS.contains(lowerWord(s, words.get(0)))) {
            // "7, boulevard Victor Hugo": the French house number before a comma.
            int numberEnd = p - 1;
            int numberStart = numberEnd;
            while (numberStart > 0 && numberEnd - numberStart < 6 && Character.isLetterOrDigit(s.charAt(numberStart - 1))) {
                numberStart--;
            }
            if (numberStart < numberEnd && (numberStart == 0 || !Character.isLetterOrDigit(s.charAt(numberStart - 1)))
                    && isHouseNumber(s, new int[] {numberStart, numberEnd})) {
                return numberStart;
            }
        }
        return start;
    }

    /** The start of the longest tail of {@code words} that reads as a street and number, or -1. */
    private static int streetStart(ScanText text, List<int[]> words) {
        String s = text.text();
        int k = words.size() - 1;
        // House-number tail: "bte 3", "bus 2", "bis", "nr 12", a Roman floor, a letter.
        if (k >= 1 && isSmallNumber(s, words.get(k)) && List.of("bte", "bus", "nr", "boîte").contains(lowerWord(s, words.get(k - 1)))) {
            k -= 2;
        } else if (k >= 0 && List.of("bis", "ter", "a", "b", "c", "hs", "i", "ii", "iii", "iv").contains(lowerWord(s, words.get(k)))) {
            k -= 1;
        }
        if (k < 0 || !isHouseNumber(s, words.get(k))) {
            return firstNumberStreet(text, words);
        }
        int numberAt = k;
        int start = -1;
        int capitalised = 0;
        for (int w = numberAt - 1; w >= 0 && numberAt - w <= 5; w--) {
            String word = s.substring(words.get(w)[0], words.get(w)[1]);
            boolean particle = PARTICLES.contains(word) || word.endsWith("'") && word.length() <= 3;
            boolean upper = Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.');
            if (!particle && !upper) {
                break;
            }
            if (upper) {
                capitalised++;
                start = words.get(w)[0];
            }
        }
        return capitalised > 0 && !NOT_STREETS.contains(lowerWord(s, wordAt(words, start))) ? start : -1;
    }

    /** Capitalised words that begin sentences or name things other than streets before a number. */
    private static final java.util.Set<String> NOT_STREETS = java.util.Set.of("order", "bestelling", "factuur", "klantnummer",
            "kundennummer", "bestellung", "commande", "ik", "i", "ich", "je", "mijn", "my", "mein", "meine", "mon", "ma",
            "account", "contract", "polis", "nummer", "number", "nr", "postbus", "antwoordnummer", "postfach", "bp",
            // round twenty-three's review: places and things with a number after an address word
            "pakketpunt", "locker", "packstation", "gate", "unit", "kantoor", "router", "hal", "kamer", "room", "zimmer",
            "chambre", "bus", "tram", "lijn", "line", "ligne");

    private static final nl.helder.guard.text.WordTable<Boolean> NOT_STREET_TABLE = nl.helder.guard.text.WordTable.of(NOT_STREETS);

    private static int[] wordAt(List<int[]> words, int start) {
        for (int[] word : words) {
            if (word[0] == start) {
                return word;
            }
        }
        return words.get(0);
    }

    /** "24 avenue Jean Jaurès": a number, a French street word, then names. */
    private static int firstNumberStreet(ScanText text, List<int[]> words) {
        String s = text.text();
        for (int w = 0; w + 2 < words.size(); w++) {
            if (isHouseNumber(s, words.get(w)) && FRENCH_STREET_WORDS.contains(lowerWord(s, words.get(w + 1)))) {
                return words.get(w)[0];
            }
        }
        return -1;
    }

    private static String lowerWord(String s, int[] word) {
        return s.substring(word[0], word[1]).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isSmallNumber(String s, int[] word) {
        int length = word[1] - word[0];
        return length <= 3 && s.substring(word[0], word[1]).chars().allMatch(Character::isDigit);
    }

    /** "12", "7a", "17-III", "118-1", "12A": at most five digits, then a letter or a dash and a suffix. */
    private static boolean isHouseNumber(String s, int[] word) {
        int i = word[0];
        int digits = 0;
        while (i < word[1] && Character.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 5 || s.charAt(word[0]) == '0') {
            return false;
        }
        String rest = s.substring(i, word[1]);
        return rest.isEmpty() || rest.length() == 1 && Character.isLetter(rest.charAt(0))
                || rest.startsWith("-") && rest.length() <= 5;
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
            // "1234 en ..." is a number and a word; "1234ab" and "1234 AB" are postcodes, and so is "1234 ab"
            // after a postcode word or before a place name ("1234 ab Zwolle").
            boolean namedLower = lower && spaced && !TWO_LETTER_WORDS.contains(pair) && (text.precededBy(i, 20, POSTCODE_WORDS)
                    || text.precededBy(i, 14, DUTCH_MOVING)
                    || letters + 4 < n && s.charAt(letters + 2) == ' ' && Character.isUpperCase(s.charAt(letters + 3))
                    || afterHouseNumber(text, i));
            if ((upper || lower && !spaced || namedLower) && !UNUSED.contains(pair.toUpperCase(java.util.Locale.ROOT))
                    && !companyBox(text, i)) {
                text.found(PersonalDataType.POSTCODE, i, letters + 2, upper ? 0.95 : 0.85, "Dutch postcode");
                i = letters + 1;
            }
        }
    }

    /** "Dorpsstraat 3-bis, 5611 ab eindhoven": a comma or line break right after a word with a digit (the house number). */
    private static boolean afterHouseNumber(ScanText text, int postcode) {
        int p = separatorStart(text, postcode);
        if (p == postcode || p == 0 || !text.isLetterOrDigit(p - 1)) {
            return false;
        }
        boolean separated = false;
        for (int k = p; k < postcode; k++) {
            separated |= text.at(k) == ',' || text.at(k) == '\n';
        }
        if (!separated) {
            return false;
        }
        for (int k = p - 1; k >= 0 && p - k <= 8 && (text.isLetterOrDigit(k) || text.at(k) == '-'); k--) {
            if (text.isDigit(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A postcode with its country letter, as written abroad: "B-1000", "(L-1616)", "D-50968", "F-75001", "NL-1012",
     * "CH-8001". Four digits after B, L, NL and CH, five after D and F.
     */
    private static void countryPostcodes(ScanText text) {
        String s = text.text();
        int n = s.length();
        for (int i = s.indexOf('-'); i > 0; i = s.indexOf('-', i + 1)) {
            int letters = i;
            while (letters > 0 && i - letters < 2 && isUpper(s.charAt(letters - 1))) {
                letters--;
            }
            if (letters == i || text.isLetterOrDigit(letters - 1)) {
                continue;
            }
            String country = s.substring(letters, i);
            int digits = switch (country) {
                case "B", "L", "NL", "CH" -> 4;
                case "D", "F" -> 5;
                default -> 0;
            };
            int end = i + 1;
            while (end < n && text.isDigit(end)) {
                end++;
            }
            if (digits > 0 && end - i - 1 == digits && !text.isLetterOrDigit(end) && !(end + 1 < n && (s.charAt(end) == '-' || s.charAt(end) == '/') && text.isDigit(end + 1))
                    && !companyBox(text, letters)) {
                text.found(PersonalDataType.POSTCODE, letters, end, 0.85, "postcode with its country letter");
            }
        }
    }

    /** Living or moving somewhere, said with the postcode: "ik woon in 3511", "ich wohne in 50968", "je vis à 1000 Bruxelles". */
    private static final String[] LIVING = {"woon in", "wonen in", "woont in", "woonachtig in", "wohne in", "wohnen in", "wohnt in",
            "live in", "living in", "lives in", "habite à", "habite au", "habitons à", "vis à", "vit à", "vivons à",
            "verhuis naar", "verhuizen naar", "verhuisd naar", "verhuizing naar", "move to", "moving to", "moved to", "ziehe nach",
            "ziehen nach", "umgezogen nach", "umzug nach", "déménage à", "déménagé à", "déménageons à", "emménage à"};
    /** Moving house in Dutch, before a lower-case Dutch postcode ("ik verhuis naar 5611 ez"); "move to 1000 mb" is a speed. */
    private static final String[] DUTCH_MOVING = {"verhuis naar", "verhuizen naar", "verhuisd naar", "verhuizing naar", "woon in", "wonen in",
            "woont in"};
    /** The writer's own postcode, not one asked about ("postcode 3511, is that area covered?"). */
    private static final String[] OWN_POSTCODE = {"mijn postcode", "onze postcode", "my postcode", "my post code", "my zip", "our postcode", "meine plz",
            "meine postleitzahl", "unsere plz", "unsere postleitzahl", "mon code postal", "notre code postal"};

    /**
     * A postcode's digits alone (four for the Netherlands and Belgium, five for Germany and France) right after a verb
     * of living or the writer's own postcode word: "ik woon in 3511", "meine PLZ ist 50968"; or after any postcode
     * word when the writer speaks of their address or opens the message with it (see {@link #WRITERS_ADDRESS}). A postcode asked about
     * ("is postcode 3511 covered?") locates no one; 1900-2099 there are years ("ik woon in 2010 al hier" is not one).
     */
    private static void barePostcodes(ScanText text) {
        String s = text.text();
        int n = s.length();
        // Postcode digits start a word: only the starts of words are tried, and after a run of digits the search goes on
        // past its end.
        int[] starts = text.wordStarts();
        int from = 0;
        for (int k = 0; k < text.wordStartCount(); k++) {
            int i = starts[k];
            if (i < from || i + 4 > n || !text.isDigit(i)) {
                continue;
            }
            int end = i;
            while (end < n && text.isDigit(end)) {
                end++;
            }
            int length = end - i;
            boolean shape = length == 4 && s.charAt(i) != '0' || length == 5;
            if (!shape || text.isLetterOrDigit(end) || end + 1 < n && "-/.,:".indexOf(s.charAt(end)) >= 0 && text.isDigit(end + 1)
                    || letterPairAfter(s, end)) {
                from = end + 1;
                continue;
            }
            boolean year = length == 4 && (s.startsWith("19", i) || s.startsWith("20", i));
            if (!year && text.precededBy(i, 14, LIVING) || text.precededBy(i, 24, OWN_POSTCODE)
                    || !year && text.precededBy(i, 14, POSTCODE_WORDS)
                    && (text.precededBy(i, 60, WRITERS_ADDRESS) || s.substring(0, i).strip().length() <= 14 && !questionFollows(s, end))) {
                if (!companyBox(text, i)) {
                    text.found(PersonalDataType.POSTCODE, i, end, 0.8, "postcode digits after a postcode word or a verb of living");
                }
            }
            from = end + 1;
        }
    }

    /**
     * Round seven of issue 14: a postcode after a postcode word is the writer's when the writer speaks of their address
     * ("wohne in der Bahnhofstr. 58, PLZ 48599") or the message opens with it (an answer: "postleitzahl 47533"); "de
     * storing betreft postcode 3511 en omgeving" is an area (an independent review's example).
     */
    private static final String[] WRITERS_ADDRESS = {"mijn", "my", "mein", "meine", "mon", "ma", "ons", "onze", "our", "unser",
            "unsere", "notre", "woon", "wohne", "live", "habite", "adres", "address", "adresse", "anschrift", "straat", "straße",
            "strasse", "street", "rue"};

    /**
     * Whether the sentence goes on to a question mark: "postcode 3511, is that area covered?" asks about an area; a
     * postcode given ("PLZ 48599.", "postleitzahl 47533") ends its sentence otherwise. Looks at most 120 characters on.
     */
    private static boolean questionFollows(String s, int from) {
        for (int k = from; k < s.length() && k < from + 120; k++) {
            char c = s.charAt(k);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** Two letters after a space and then no letter: a Dutch postcode's letters, which the Dutch rule reads. */
    private static boolean letterPairAfter(String s, int end) {
        int p = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        return p + 2 <= s.length() && Character.isLetter(s.charAt(p)) && Character.isLetter(s.charAt(p + 1))
                && (p + 2 == s.length() || !Character.isLetter(s.charAt(p + 2)))
                && !TWO_LETTER_WORDS.contains(s.substring(p, p + 2));
    }

    /** Two-letter words that follow a number in a sentence ("2011 en", "3511 is"): never a postcode's letters. */
    private static final java.util.Set<String> TWO_LETTER_WORDS = java.util.Set.of("en", "in", "op", "is", "of", "te", "ik", "je",
            "we", "ze", "de", "om", "al", "nu", "na", "bv", "et", "la", "le", "un", "au", "du", "ou", "si", "an", "am", "im",
            "um", "zu", "da", "es", "er", "to", "at", "or", "on", "as", "by", "if", "it", "my", "no", "so", "up", "us");

    /** Words that make a number after them a postcode (matched at word starts, so "zip" finds "zipcode" too). */
    static final String[] POSTCODE_WORDS = {"postcode", "postcode:", "plz", "postleitzahl", "code postal", "zip",
            "zipcode", "post code"};
    /** Company post boxes: their postcodes and numbers are no one's home. */
    private static final String[] COMPANY_BOXES = {"postbus", "antwoordnummer", "postfach", "boîte postale", "po box",
            "p.o. box", "bp ", "cedex"};

    private static final String[] CEDEX = {"cedex"};

    private static boolean companyBox(ScanText text, int postcode) {
        return text.precededBy(postcode, 30, COMPANY_BOXES) || text.followedBy(postcode, 30, CEDEX);
    }

    private static void streets(ScanText text) {
        String s = text.text();
        String lower = text.lower();
        // One scan of the whole text (an intrinsic) spares the look back for an address word at every capitalised word.
        boolean addressWords = lower.contains("adres") || lower.contains("addres") || lower.contains("anschrift");
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
            // a cheap gate first: this runs at every word, and French street words are short and start with few letters
            if (length >= 2 && length <= 9 && FRENCH_STREET_STARTS.indexOf(s.charAt(i)) >= 0 && FRENCH_STREET_TABLE.contains(lower, i, wordEnd)) {
                int start = numberBefore(text, i);
                int end = start >= 0 ? namesAfter(text, wordEnd) : -1;
                if (end > 0) {
                    // "au 14 rue Grétry", "12 avenue des Lilas" in a sentence (round twenty-three)
                    text.found(PersonalDataType.ADDRESS, start, end, 0.85, "house number and French street");
                    i = end;
                    continue;
                }
            }
            if (length >= 3 && (Character.isUpperCase(s.charAt(i)) || length >= 7)) {
                // The word is asked of the tables where it stands: no substring per long or capitalised word.
                if (Character.isUpperCase(s.charAt(i)) && LEADING_STREET_TABLE.contains(lower, i, wordEnd)) {
                    int number = leadingStreetEnd(text, wordEnd);
                    if (number > 0) {
                        text.found(PersonalDataType.ADDRESS, i, number, 0.85, "street and house number");
                        i = number;
                        continue;
                    }
                }
                if (addressWords && Character.isUpperCase(s.charAt(i)) && rightAfterAddressWord(text, i)) {
                    int number = leadingStreetEnd(text, i - 1 >= 0 && s.charAt(i - 1) == ' ' ? i - 1 : i);
                    if (number > 0 && !NOT_STREET_TABLE.contains(lower, i, wordEnd) && plainHouseNumber(text, number)) {
                        // a street without a street word, right after an address word: "Billing address Słoneczna 14/3"
                        text.found(PersonalDataType.ADDRESS, i, number, 0.8, "street and number after an address word");
                        i = number;
                        continue;
                    }
                }
                // "Kaiserstr. 122", "Bahnhofstr. 58": the German street suffix abbreviated, the number after its full stop
                boolean abbreviated = wordEnd + 1 < n && s.charAt(wordEnd) == '.' && wordEnd - i > 3 && lower.startsWith("str", wordEnd - 3);
                if (abbreviated || endsWithDutchSuffix(lower, i, wordEnd)) {
                    int number = houseNumberAfter(text, abbreviated ? wordEnd + 1 : wordEnd);
                    if (number > 0) {
                        text.found(PersonalDataType.ADDRESS, streetStart(text, i), number, 0.9, "street and house number");
                    }
                } else if (ENGLISH_SUFFIX_TABLE.contains(lower, i, wordEnd)) {
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
    /** The same for the ASCII last letters, as arrays: the look-up of every long word neither boxes nor iterates. */
    private static final String[][] SUFFIXES_BY_LAST_ASCII = new String[128][];
    private static final nl.helder.guard.text.WordTable<Boolean> LEADING_STREET_TABLE = nl.helder.guard.text.WordTable.of(LEADING_STREET_WORDS);
    private static final nl.helder.guard.text.WordTable<Boolean> FRENCH_STREET_TABLE = nl.helder.guard.text.WordTable.of(FRENCH_STREET_WORDS);
    /** The first letters of the French street words, lower case only: "14 rue Grétry" (a capital "Rue" leads a street). */
    private static final String FRENCH_STREET_STARTS = FRENCH_STREET_WORDS.stream().map(word -> word.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());
    private static final nl.helder.guard.text.WordTable<Boolean> ENGLISH_SUFFIX_TABLE =
            nl.helder.guard.text.WordTable.of(java.util.Set.copyOf(ENGLISH_SUFFIXES));

    static {
        SUFFIXES_BY_LAST.forEach((last, suffixes) -> {
            if (last < 128) {
                SUFFIXES_BY_LAST_ASCII[last] = suffixes.toArray(String[]::new);
            }
        });
    }

    /** Whether the lower-case word {@code lower[start, end)} ends with a Dutch (or German) street suffix. */
    private static boolean endsWithDutchSuffix(String lower, int start, int end) {
        char last = lower.charAt(end - 1);
        String[] candidates = last < 128 ? SUFFIXES_BY_LAST_ASCII[last] : null;
        if (candidates == null && last >= 128) {
            List<String> other = SUFFIXES_BY_LAST.get(last);
            candidates = other == null ? null : other.toArray(String[]::new);
        }
        if (candidates == null) {
            return false;
        }
        int length = end - start;
        for (String suffix : candidates) {
            if (length >= suffix.length() && lower.startsWith(suffix, end - suffix.length())
                    && (length >= suffix.length() + 2 || suffix.length() >= 6)) {
                return true;
            }
        }
        return false;
    }

    /** After a leading street word: particles and capitalised words (at most four), then a house number. */
    /** Particles inside a street name that a street word leads: "Laan van Meerdervoort", "Rue de la Loi", "Rue des Carmes". */
    private static final java.util.Set<String> LEADING_PARTICLES = java.util.Set.of("van", "de", "der", "den", "het", "ter",
            "ten", "la", "le", "les", "du", "des");

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
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || LEADING_PARTICLES.contains(word))) {
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
        if (i < s.length() && (s.charAt(i) == '%' || (s.charAt(i) == ',' || s.charAt(i) == '.') && text.isDigit(i + 1))) {
            return -1; // "de regering 5,5%": a figure, not a house number
        }
        if (i < s.length() && Character.isLetter(s.charAt(i)) && !Character.isLetter(charAt(s, i + 1))) {
            i++;
        } else if ((s.startsWith("bis", i) || s.startsWith("ter", i)) && !Character.isLetter(charAt(s, i + 3))) {
            i += 3; // "Kerkstraat 12bis" (round twenty-three)
        } else if (i + 1 < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '/') && text.isDigit(i + 1)) {
            // "12-3", and the Belgian box after a slash: "Rue des Carmes 12/3" (round twenty-three)
            i++;
            while (i < s.length() && text.isDigit(i)) {
                i++;
            }
        }
        return Character.isLetterOrDigit(charAt(s, i)) ? -1 : i;
    }

    /**
     * Whether an address word stands right before {@code i}, a colon or "is" between at most, and not inside another
     * word ("IP-adres", "e-mailadres"): "Billing address Słoneczna 14/3", not "Mijn adres is bij Jan de Vries 12".
     */
    private static boolean rightAfterAddressWord(ScanText text, int i) {
        String lower = text.lower();
        int p = i;
        while (p > 0 && (lower.charAt(p - 1) == ' ' || lower.charAt(p - 1) == ':')) {
            p--;
        }
        for (String joiner : ADDRESS_JOINERS) {
            if (lower.startsWith(joiner, p - joiner.length())) {
                p -= joiner.length();
                break;
            }
        }
        for (String word : ADDRESS_NAMES) {
            int at = p - word.length();
            if (at >= 0 && lower.startsWith(word, at) && (at == 0 || !Character.isLetter(lower.charAt(at - 1)) && lower.charAt(at - 1) != '-')) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ADDRESS_JOINERS = {" is", " est", " ist"};
    /** Words that name an address (round twenty-three): a capitalised word and a number right after one is a street. */
    private static final String[] ADDRESS_NAMES = {"adres", "address", "adresse", "anschrift", "woonadres", "afleveradres",
            "postadres", "factuuradres", "billing address", "delivery address", "home address", "lieferadresse",
            "rechnungsadresse", "wohnadresse", "adresse de livraison"};

    /**
     * A house number as a street without a street word has one: at most three digits, no postcode letters, no legal
     * form after it ("Utrecht 3511 AB", "Berlin 10115", "Bakkerij Smit 2 BV" are none).
     */
    private static boolean plainHouseNumber(ScanText text, int end) {
        String s = text.text();
        int start = end;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        int digits = 0;
        for (int k = start; k < end && Character.isDigit(s.charAt(k)); k++) {
            digits++;
        }
        if (digits > 3) {
            return false;
        }
        String after = s.substring(end, Math.min(s.length(), end + 6)).stripLeading();
        return !(after.length() >= 2 && Character.isUpperCase(after.charAt(0)) && Character.isUpperCase(after.charAt(1)));
    }

    /** The start of a house number ending one space before {@code wordStart}, or -1. */
    private static int numberBefore(ScanText text, int wordStart) {
        String s = text.text();
        int end = wordStart - 1;
        if (end <= 0 || s.charAt(end) != ' ') {
            return -1;
        }
        end = beforeNumberSuffix(s, end);
        int start = end;
        while (start > 0 && end - start < 6 && (Character.isLetterOrDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '-')) {
            start--;
        }
        if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
            return -1;
        }
        return start < end && isHouseNumber(s, new int[] {start, end}) && addressLeadsTo(text, start) ? start : -1;
    }

    /** French suffixes of a house number, between it and the street word: "8 bis rue Victor Hugo", "12 ter avenue Foch". */
    private static final java.util.Set<String> NUMBER_SUFFIXES = java.util.Set.of("bis", "ter", "quater");

    /**
     * The space before a house-number suffix that ends at {@code space} ("8 bis␠rue": the space after "8"), or
     * {@code space} itself when no suffix stands there (round twenty-seven: "Adresse : 8 bis rue Victor Hugo" was missed).
     */
    private static int beforeNumberSuffix(String s, int space) {
        int start = space;
        while (start > 0 && space - start < 6 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        boolean suffix = start > 1 && s.charAt(start - 1) == ' ' && Character.isDigit(s.charAt(start - 2))
                && NUMBER_SUFFIXES.contains(s.substring(start, space).toLowerCase(java.util.Locale.ROOT));
        return suffix ? start - 1 : space;
    }

    /**
     * What may stand before a house number that a French street word follows: the start of a line, a colon or comma, or
     * a word of living or sending ("au 14 rue Grétry", "j'habite 5 place Saint-Lambert"); not "le bus 71 avenue Louise"
     * or "il y a 3 …" (round twenty-three's review).
     */
    private static final java.util.Set<String> ADDRESS_LEADS = java.util.Set.of("au", "à", "a", "habite", "habitons", "vis",
            "chez", "woon", "woont", "wonen", "op", "at", "live", "lives", "wohne", "wohnt", "adresse", "address", "adres",
            "is", "est", "naar", "to", "nach", "vers", "de", "van", "from");

    private static boolean addressLeadsTo(ScanText text, int numberStart) {
        String s = text.text();
        int p = numberStart;
        while (p > 0 && s.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == 0 || s.charAt(p - 1) == '\n' || s.charAt(p - 1) == ':' || s.charAt(p - 1) == ',') {
            return true;
        }
        int wordEnd = p;
        while (p > 0 && Character.isLetter(s.charAt(p - 1))) {
            p--;
        }
        return p < wordEnd && ADDRESS_LEADS.contains(text.lower().substring(p, wordEnd));
    }

    /** The end of one to four capitalised words and particles after {@code from} ("rue Grétry", "avenue des Lilas"), or -1. */
    private static int namesAfter(ScanText text, int from) {
        String s = text.text();
        int i = from;
        int end = -1;
        int capitalisedInARow = 0;
        boolean afterParticle = false;
        for (int words = 0; words < 4 && i < s.length() && s.charAt(i) == ' '; words++) {
            int start = i + 1;
            int wordEnd = start;
            while (wordEnd < s.length() && (Character.isLetter(s.charAt(wordEnd)) || s.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            if (wordEnd == start) {
                break;
            }
            String word = s.substring(start, wordEnd);
            if (Character.isUpperCase(word.charAt(0))) {
                // "rue Émile Vandervelde" (two names right after the street word), "chemin des Vignes" (one after a
                // particle); a further capitalised word is the town: "5 place Saint-Lambert Liège"
                if (afterParticle && capitalisedInARow == 1 || capitalisedInARow == 2) {
                    break;
                }
                capitalisedInARow++;
                end = wordEnd;
            } else if (LEADING_PARTICLES.contains(word) && capitalisedInARow == 0) {
                afterParticle = true;
            } else {
                break;
            }
            i = wordEnd;
        }
        return end;
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
