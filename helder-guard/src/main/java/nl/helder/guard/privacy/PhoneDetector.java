package nl.helder.guard.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import nl.helder.guard.PersonalDataType;

/**
 * Phone numbers, found by Google's libphonenumber with the Netherlands as default region: "+31 6 12345678",
 * "06-12345678", "0031 20 1234567", "020 123 4567", and foreign numbers in international form.
 *
 * <p>Numbers libphonenumber judges valid count at once. A number that is only possible (right length, but
 * in a range not assigned today, such as 06-9...) still counts when it is written like a Dutch mobile
 * number or follows a phone word: customers mistype, and redacting a near-number costs less than leaking one.
 */
final class PhoneDetector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String[] PHONE_WORDS = {"bel", "tel", "telefoon", "mobiel", "gsm", "phone", "call",
            "whatsapp", "sms", "bereikbaar", "reach", "mobile", "cell", "anruf", "téléphone", "portable", "handy", "telefon",
            "rufnummer", "appel", "rappeler", "zurückrufen", "terugbellen", "erreichbar", "joignable", "joindre", "tél",
            "natel", "mobil", "festnetz", "fixe", "rufen", "ruft", "rückruf", "appelez", "appeler", "rappelez", "bellen", "belt"};
    /**
     * Company and tax registration numbers written like phone numbers (Belgian "0456.123.789"): after one of these
     * words a number is a registration, not a line.
     */
    private static final String[] REGISTRATION_WORDS = {"ondernemingsnummer", "ondernemingsnr", "btw-n", "btw n",
            "btw:", "kbo", "kvk", "vat number", "vat no", "vat:", "vat-", "tva:", "de tva", "ust-id", "ust.-id", "siren", "siret",
            "numéro d'entreprise", "unternehmensnummer", "rijksregister",
            // Payment references and meter numbers, long digit groups that libphonenumber may read as a line.
            "betalingskenmerk", "kenmerk", "referentie", "reference", "referenz", "verwendungszweck", "référence",
            "meternummer", "zählernummer", "ean"};

    private PhoneDetector() {
    }

    /** Shortest and longest digit count of a phone number written in full. */
    private static final int MIN_DIGITS = 9;
    private static final int MAX_WINDOW = 32;

    static void detect(ScanText text, String defaultRegion) {
        // libphonenumber's own search runs a large regular expression over the whole text; handing it only
        // the short windows that can hold a number (starting with +, 0 or "(", enough digits) keeps the
        // guard fast and its cost linear in the text's length.
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!startsNumber(text, i)) {
                i++;
                continue;
            }
            int end = i;
            int digits = 0;
            while (end < n && end - i < MAX_WINDOW && isNumberChar(s.charAt(end))) {
                digits += text.isDigit(end) ? 1 : 0;
                end++;
            }
            if (digits >= MIN_DIGITS) {
                window(text, defaultRegion, i, end);
            }
            i = Math.max(end, i + 1);
        }
        spelled(text);
    }

    /** Digits written as words in four languages ("nul zes, vier zeven, …"), by value. */
    private static final java.util.Map<String, Integer> DIGIT_WORDS = digitWords();
    /** Ten digits make a Dutch number; fewer digit words in a row are counting, not a number. */
    private static final int MIN_SPELLED_DIGITS = 10;

    private static java.util.Map<String, Integer> digitWords() {
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        String[][] languages = {
                {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},
                {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
                {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"},
                {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"}};
        for (String[] language : languages) {
            for (int digit = 0; digit < 10; digit++) {
                words.putIfAbsent(language[digit], digit);
            }
        }
        words.put("één", 1);
        words.put("oh", 0);
        return java.util.Map.copyOf(words);
    }

    /**
     * A phone number spelled out digit by digit, as people do to get past filters: at least
     * {@value #MIN_SPELLED_DIGITS} digit words in a row (spaces, commas and hyphens between), the first a zero. One
     * pass over the words.
     */
    private static void spelled(ScanText text) {
        String lower = text.lower();
        int n = lower.length();
        int i = 0;
        int runStart = -1;
        int runEnd = -1;
        int count = 0;
        while (i < n) {
            if (!Character.isLetter(lower.charAt(i))) {
                char c = lower.charAt(i);
                if (c != ' ' && c != ',' && c != '-') {
                    count = finishRun(text, runStart, runEnd, count);
                }
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(lower.charAt(end)) && end - i < 8) {
                end++;
            }
            while (end < n && Character.isLetter(lower.charAt(end))) {
                end++; // a long word: no digit word, skip it whole
            }
            Integer digit = end - i <= 6 ? digitAt(lower, i, end) : null;
            if (digit == null) {
                count = finishRun(text, runStart, runEnd, count);
            } else {
                if (count == 0) {
                    runStart = digit == 0 ? i : -1;
                }
                count = runStart < 0 ? 0 : count + 1;
                runEnd = end;
            }
            i = end;
        }
        finishRun(text, runStart, runEnd, count);
    }

    /** The digit words by their first two letters (ASCII): most words are rejected without building a string. */
    private static final String[][] DIGIT_WORDS_BY_START = new String[128 * 128][];

    static {
        java.util.Map<Integer, java.util.List<String>> byStart = new java.util.HashMap<>();
        for (String word : DIGIT_WORDS.keySet()) {
            if (word.charAt(0) < 128 && word.charAt(1) < 128) {
                byStart.computeIfAbsent(word.charAt(0) * 128 + word.charAt(1), k -> new java.util.ArrayList<>()).add(word);
            }
        }
        byStart.forEach((start, words) -> DIGIT_WORDS_BY_START[start] = words.toArray(String[]::new));
    }

    /** The digit the word {@code lower[start, end)} spells, or null. */
    private static Integer digitAt(String lower, int start, int end) {
        if (end - start < 2) {
            return null;
        }
        char first = lower.charAt(start);
        char second = lower.charAt(start + 1);
        if (first >= 128 || second >= 128) {
            return DIGIT_WORDS.get(lower.substring(start, end)); // "één": rare, looked up as a string
        }
        String[] words = DIGIT_WORDS_BY_START[first * 128 + second];
        if (words != null) {
            for (String word : words) {
                if (word.length() == end - start && lower.startsWith(word, start)) {
                    return DIGIT_WORDS.get(word);
                }
            }
        }
        return null;
    }

    private static int finishRun(ScanText text, int start, int end, int count) {
        if (count >= MIN_SPELLED_DIGITS && start >= 0) {
            text.found(PersonalDataType.PHONE, start, end, 0.85, "phone number spelled out in words");
        }
        return 0;
    }

    private static void window(ScanText text, String defaultRegion, int from, int to) {
        while (to > from && !text.isDigit(to - 1) && text.at(to - 1) != ')') {
            to--;
        }
        String window = text.text().substring(from, to);
        // Fast path: the window is one number, as it nearly always is.
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(window, defaultRegion);
            if (PHONES.isPossibleNumber(number) && !text.isLetterOrDigit(to)) {
                if (!PHONES.isValidNumber(number) && window.startsWith("0") && !window.startsWith("00")
                        && neighbourNumber(text, from, to, window)) {
                    return;
                }
                report(text, from, to, window, number);
                return;
            }
            if (!PHONES.isPossibleNumber(number) && window.startsWith("0") && !window.startsWith("00")
                    && !text.isLetterOrDigit(to) && neighbourNumber(text, from, to, window)) {
                return;
            }
        } catch (NumberParseException notOneNumber) {
            // fall through to the full search of the window
        }
        for (PhoneNumberMatch match : PHONES.findNumbers(window, defaultRegion, PhoneNumberUtil.Leniency.POSSIBLE, 8)) {
            char first = match.rawString().charAt(0);
            // Numbers are written with their trunk prefix (0) or in international form; "582877039" is
            // a BSN or an order number, never how anyone writes a phone number.
            if (first != '0' && first != '+' && first != '(') {
                continue;
            }
            int start = from + match.start();
            int end = from + match.end();
            if (text.isLetterOrDigit(end) || text.isLetterOrDigit(start - 1)) {
                continue;
            }
            report(text, start, end, match.rawString(), match.number());
        }
    }

    /** "Mon numéro : 01 23 45 67 89", "erreichen Sie mich unter ...": number words just before, in the other languages. */
    private static final String[] NUMBER_WORDS = {"numéro", "unter", "erreich", "nummer:", "number:", "n°"};

    /**
     * Numbers of other kinds that a shop, bank or library prints with ten digits and a leading zero: a number right
     * after its name ("klantnummer 0612345678", "Serienummer: 0612 3456 7890") is that number (round twenty-three of
     * issue 14). Only right after it, a joiner between at most: "klantnummer 8812, bel 06…" stays a phone.
     */
    private static final String[] NUMBER_NAMES = {"klantnummer", "klantnr", "ordernummer", "ordernr", "bestelnummer",
            "bestelnr", "serienummer", "serienr", "artikelnummer", "artikelnr", "factuurnummer", "factuurnr", "contractnummer",
            "polisnummer", "polisnr", "dossiernummer", "pasnummer", "lidnummer", "lidmaatschapsnummer", "ticketnummer",
            "trackingnummer", "retournummer", "zendingnummer", "kundennummer", "kundennr", "bestellnummer", "seriennummer",
            "rechnungsnummer", "vertragsnummer", "mitgliedsnummer", "auftragsnummer", "customer number", "order number",
            "serial number", "invoice number", "contract number", "policy number", "membership number",
            "tracking number", "ticket number", "card number", "customer no", "order no", "serial no", "imei",
            "numéro de client", "numéro client", "numéro de commande", "numéro de série", "numéro de contrat",
            "numéro de dossier", "n° client", "n° commande"};
    /** What may stand between a number's name and the number. */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("is", "was", "ist", "est", "nr", "no");

    private static boolean namedAsAnotherNumber(ScanText text, int start) {
        String lower = text.lower();
        int p = start;
        // back over spaces, punctuation ("#", ":") and at most two joiner words
        for (int joiners = 0; joiners <= 2; joiners++) {
            while (p > 0 && (lower.charAt(p - 1) == ' ' || lower.charAt(p - 1) == ':' || lower.charAt(p - 1) == '.'
                    || lower.charAt(p - 1) == '#' || lower.charAt(p - 1) == '=')) {
                p--;
            }
            int wordStart = p;
            while (wordStart > 0 && Character.isLetter(lower.charAt(wordStart - 1)) && p - wordStart < 8) {
                wordStart--;
            }
            if (wordStart == p || !NAME_JOINERS.contains(lower.substring(wordStart, p))) {
                break;
            }
            p = wordStart;
        }
        for (String name : NUMBER_NAMES) {
            int at = p - name.length();
            if (at >= 0 && lower.startsWith(name, at) && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                // "Mijn klantnummer is 0612345678, dat is ook mijn mobiele nummer": a phone word in the sentence keeps it a phone
                return !text.containsWordBetween(text.sentenceStart(start, 80), Math.min(lower.length(), start + 60), PHONE_WORDS);
            }
        }
        return false;
    }

    /** Regions whose customers write their numbers nationally in German, French and English messages. */
    private static final String[] NEIGHBOUR_REGIONS = {"DE", "BE", "FR", "GB", "AT", "CH", "LU"};

    /**
     * A number written the national way of a neighbouring country ("0171 2345678", "0470 12 34 56"): valid there,
     * and after a phone word, since almost any digit run is a valid German landline.
     */
    private static boolean neighbourNumber(ScanText text, int from, int to, String window) {
        if (text.precededBy(from, 25, REGISTRATION_WORDS)) {
            return false;
        }
        if (!text.precededBy(from, 45, PHONE_WORDS) && !text.precededBy(from, 15, NUMBER_WORDS)) {
            return aloneOnLine(text, from, to) && mobileAbroad(text, from, to, window);
        }
        for (String region : NEIGHBOUR_REGIONS) {
            try {
                Phonenumber.PhoneNumber number = PHONES.parse(window, region);
                if (PHONES.isValidNumber(number)) {
                    text.found(PersonalDataType.PHONE, from, to, 0.85, "valid phone number of a neighbouring country");
                    return true;
                }
            } catch (NumberParseException notANumber) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code [from, to)} is all its line holds (a signature line under a name). */
    private static boolean aloneOnLine(ScanText text, int from, int to) {
        int p = from;
        while (p > 0 && text.at(p - 1) == ' ') {
            p--;
        }
        int q = to;
        while (q < text.length() && text.at(q) == ' ') {
            q++;
        }
        return p > 0 && text.at(p - 1) == '\n' && (q >= text.length() || text.at(q) == '\n' || text.at(q) == '\r');
    }

    /** A neighbouring country's mobile number on a line of its own, as in a German signature ("0151 22334455"). */
    private static boolean mobileAbroad(ScanText text, int from, int to, String window) {
        for (String region : NEIGHBOUR_REGIONS) {
            try {
                Phonenumber.PhoneNumber number = PHONES.parse(window, region);
                if (PHONES.isValidNumber(number) && PHONES.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE) {
                    text.found(PersonalDataType.PHONE, from, to, 0.85, "a neighbouring country's mobile number on its own line");
                    return true;
                }
            } catch (NumberParseException notANumber) {
                return false;
            }
        }
        return false;
    }

    private static void report(ScanText text, int start, int end, String raw, Phonenumber.PhoneNumber number) {
        if (isServiceNumber(number) || text.precededBy(start, 25, REGISTRATION_WORDS) || namedAsAnotherNumber(text, start)) {
            return; // a company's free, paid or central number, not a person's
        }
        if (PHONES.isValidNumber(number)) {
            text.found(PersonalDataType.PHONE, start, end, 0.95, "valid phone number (libphonenumber)");
        } else if (looksMobile(raw) || international(raw) || text.precededBy(start, 25, PHONE_WORDS)) {
            text.found(PersonalDataType.PHONE, start, end, 0.8, "possible phone number, written as one");
        }
    }

    /**
     * Dutch numbers of companies rather than people: free (0800), paid (090x), and corporate (088) numbers;
     * the blind set's labelling convention and the GDPR agree that a company's service line is no personal data.
     */
    private static boolean isServiceNumber(Phonenumber.PhoneNumber number) {
        if (number.getCountryCode() != 31) {
            return false;
        }
        String national = Long.toString(number.getNationalNumber());
        return national.startsWith("800") || national.startsWith("900") || national.startsWith("906") || national.startsWith("909")
                || national.startsWith("88");
    }

    /** "+44 7700 900461", "0049 30 ...": written in full international form, which only phone numbers are. */
    private static boolean international(String raw) {
        String trimmed = raw.strip();
        return trimmed.startsWith("+") || trimmed.startsWith("00") && !trimmed.startsWith("000");
    }

    private static boolean startsNumber(ScanText text, int i) {
        char c = text.at(i);
        boolean opener = c == '+' || c == '(' || c == '0';
        // "(" opens a number only before its trunk prefix or "+" ("(020) ...", "(+31) ..."): "(533918274, US)" is a
        // document number in brackets.
        return opener && !text.claimed(i) && !text.isLetterOrDigit(i - 1) && (c == '0' || c == '+' && text.isDigit(i + 1)
                || c == '(' && i + 1 < text.length() && (text.at(i + 1) == '+' || text.at(i + 1) == '0'));
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '+';
    }

    /** "06...", "+31 6...", "0031 6..." with ten national digits. */
    private static boolean looksMobile(String raw) {
        // By hand rather than with three regular expressions compiled on every call: the digits and plus signs of
        // the number must read 06 and eight digits, +316 and eight, or 00316 and eight.
        StringBuilder kept = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c >= '0' && c <= '9' || c == '+') {
                kept.append(c);
            }
        }
        String digits = kept.toString();
        return prefixAndEightDigits(digits, "06") || prefixAndEightDigits(digits, "+316") || prefixAndEightDigits(digits, "00316");
    }

    private static boolean prefixAndEightDigits(String digits, String prefix) {
        if (digits.length() != prefix.length() + 8 || !digits.startsWith(prefix)) {
            return false;
        }
        for (int k = prefix.length(); k < digits.length(); k++) {
            if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
