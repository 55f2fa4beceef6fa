package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;
import org.apache.commons.validator.routines.CreditCardValidator;

import java.util.ArrayList;
import java.util.List;

/**
 * BSNs (11-proof) and payment card numbers (Luhn and a known brand) among runs of digits, written with or
 * without spaces, dots or dashes between groups ("123 456 782", "4111-1111-1111-1111").
 *
 * <p>A nine-digit number after an order, invoice or tracking word is read as that, not as a BSN: about one in
 * eleven nine-digit order numbers pass the 11-proof by chance.
 */
final class NumberDetector {

    private static final int MAX_RUN_DIGITS = 24;
    private static final CreditCardValidator CARDS = new CreditCardValidator(CreditCardValidator.AMEX
            + CreditCardValidator.VISA + CreditCardValidator.MASTERCARD + CreditCardValidator.DISCOVER
            + CreditCardValidator.DINERS + CreditCardValidator.MASTERCARD_PRE_OCT2016);
    private static final String[] BSN_WORDS = {"bsn", "burgerservicenummer", "burger service nummer", "sofinummer",
            "sofi-nummer", "citizen service number", "social security"};
    private static final String[] NOT_BSN_WORDS = {"bestel", "order", "factuur", "invoice", "track", "zending",
            "pakket", "parcel", "artikel", "product", "klantnummer", "customer number", "referentie", "reference",
            "ticket", "dossier", "polis", "contract", "ean", "sku", "imei", "iccid", "serie", "serial", "sim", "meter",
            "kenmerk", "kunden", "vertrag", "rechnung", "auftrag", "bestellung", "commande", "facture", "client", "référence",
            "numéro de client", "account", "zaak", "case", "aansluit", "versand", "sendung", "suivi"};
    private static final String[] CARD_WORDS = {"creditcard", "credit card", "kaartnummer", "card number", "pas", "card", "kaart",
            "karte", "carte", "maestro", "bankpas", "debit", "visa", "mastercard", "amex", "american express", "cb ", "v pay"};

    private NumberDetector() {
    }

    static void detect(ScanText text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!text.isDigit(i) || text.isLetterOrDigit(i - 1) && !text.isDigit(i - 1)) {
                i++;
                continue;
            }
            // A run: digit groups joined by single separators.
            List<int[]> groups = new ArrayList<>();
            int start = i;
            int end = i;
            int digits = 0;
            while (end < n && text.isDigit(end)) {
                int groupStart = end;
                while (end < n && text.isDigit(end)) {
                    end++;
                }
                groups.add(new int[] {groupStart, end});
                digits += end - groupStart;
                char separator = end < n ? text.at(end) : 0;
                if ((separator == ' ' || separator == '.' || separator == '-') && text.isDigit(end + 1) && digits <= MAX_RUN_DIGITS) {
                    end++;
                } else {
                    break;
                }
            }
            boolean bounded = !text.isLetterOrDigit(end);
            if (bounded && digits <= MAX_RUN_DIGITS) {
                examine(text, groups);
            }
            i = Math.max(end, i + 1);
        }
    }

    /** Tries the whole run, then every window of whole groups, for a card or a BSN. */
    private static void examine(ScanText text, List<int[]> groups) {
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < groups.size(); last++) {
                digits.append(text.text(), groups.get(last)[0], groups.get(last)[1]);
                int start = groups.get(first)[0];
                int end = groups.get(last)[1];
                if (isolated(text, groups, first, last) && classify(text, digits.toString(), start, end)) {
                    return;
                }
            }
        }
    }

    /** A window of groups stands on its own when the separators around it are spaces (or the run's ends). */
    private static boolean isolated(ScanText text, List<int[]> groups, int first, int last) {
        boolean left = first == 0 || text.at(groups.get(first)[0] - 1) == ' ';
        boolean right = last == groups.size() - 1 || text.at(groups.get(last)[1]) == ' ';
        return left && right;
    }

    /** Endings of compound words that name a number: "lidnummer", "Versicherungsnummer", "boekingsnr", "member number". */
    private static final String[] NUMBER_ENDINGS = {"nummer", "number", "nr", "nummern"};
    private static final int NUMBER_WORD_WINDOW = 25;

    /**
     * Whether a word naming some other number stands just before {@code start}: a compound ending in "nummer"/"number"
     * or "nr" ("relatienummer: 123456782", "Versicherungsnummer 123456782"); a nine-digit number there is that number,
     * whatever its checksum. The bare "nummer"/"number" says nothing of which number and ends the look-back. Bounded by
     * {@value #NUMBER_WORD_WINDOW} characters.
     */
    private static boolean afterOtherNumberWord(ScanText text, int start) {
        String lower = text.lower();
        int from = Math.max(0, start - NUMBER_WORD_WINDOW);
        int i = start;
        while (i > from) {
            // the word ending at i
            int end = i;
            while (end > from && !Character.isLetter(lower.charAt(end - 1))) {
                end--;
            }
            int begin = end;
            while (begin > from && (Character.isLetter(lower.charAt(begin - 1)) || lower.charAt(begin - 1) == '-')) {
                begin--;
            }
            if (begin == end) {
                return false;
            }
            String word = lower.substring(begin, end);
            if (word.equals("numéro") || word.equals("nummer") || word.equals("number")) {
                return false; // the bare word says nothing of which number: "mijn nummer is …"
            }
            for (String ending : NUMBER_ENDINGS) {
                if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                    return true;
                }
            }
            i = begin;
        }
        return false;
    }

    /** "00-00-0000", an empty date in an app, passes the 11-proof and is no one's number. */
    private static boolean allZero(String digits) {
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean classify(ScanText text, String digits, int start, int end) {
        int length = digits.length();
        if (length >= 13 && length <= 19 && Checksums.isLuhn(digits)) {
            if (CARDS.isValid(digits)) {
                text.found(PersonalDataType.CARD, start, end, 0.97, "card number of a known brand passing the Luhn check");
                return true;
            }
            if (text.precededBy(start, 40, CARD_WORDS)) {
                text.found(PersonalDataType.CARD, start, end, 0.9, "card number passing the Luhn check, after a card word");
                return true;
            }
        }
        if ((length == 9 || length == 8) && Checksums.isBsn(digits) && !allZero(digits)
                && !DateOfBirthDetector.numericDateSpans(text, start, end)) { // "1987-03-22": a date, though its digits pass
            boolean named = text.precededBy(start, 40, BSN_WORDS) || text.followedBy(end, 25, BSN_WORDS);
            if (named) {
                text.found(PersonalDataType.BSN, start, end, 0.99, "passes the 11-proof, after a BSN word");
                return true;
            }
            // Eight digits (the leading zero dropped) with the BSN word further back in the message: "ik heb een nieuwe
            // bsn gekregen ... oude is 51962792".
            if (length == 8 && text.precededBy(start, 120, BSN_WORDS) && !text.precededBy(start, 30, NOT_BSN_WORDS)
                    && !afterOtherNumberWord(text, start)) {
                text.found(PersonalDataType.BSN, start, end, 0.9, "eight digits passing the 11-proof, a BSN word earlier");
                return true;
            }
            if (length == 9 && !text.precededBy(start, 30, NOT_BSN_WORDS) && !afterOtherNumberWord(text, start)) {
                text.found(PersonalDataType.BSN, start, end, 0.85, "nine digits passing the 11-proof");
                return true;
            }
        }
        return false;
    }
}
