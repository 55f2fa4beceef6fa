package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;
import org.iban4j.CountryCode;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * IBANs of every country iban4j knows, with or without single spaces or dashes between groups of any length, any case
 * ("NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL 47 KNAB 438 188 0163", "NL36-RBRB-…"), accepted only when iban4j validates
 * country format and mod-97 check digits.
 */
final class IbanDetector {

    private static final int MAX_IBAN = 34;

    private IbanDetector() {
    }

    static void detect(ScanText text) {
        String upper = text.text();
        int n = text.length();
        // An IBAN starts a word with a letter: only the starts of words are tried (every character was, a fiftieth of
        // all input guards' time); after one is found the search goes on from its end.
        int[] starts = text.wordStarts();
        int from = 0;
        for (int k = 0; k < text.wordStartCount(); k++) {
            int i = starts[k];
            if (i < from || i + 4 > n) {
                continue;
            }
            // "NL91 ABNA …", and "NL 47 KNAB 438 188 0163" (round seven of issue 14): a space after the country letters
            // only in capitals and with a space after the check digits, so "is 111222333" and "en 13:00" are not tried
            boolean spaced = i + 6 < n && upper.charAt(i + 2) == ' ' && isUpper(upper.charAt(i)) && isUpper(upper.charAt(i + 1))
                    && upper.charAt(i + 5) == ' ';
            int checkDigits = spaced ? i + 3 : i + 2;
            if (!isLetter(upper.charAt(i)) || !isLetter(upper.charAt(i + 1)) || !text.isDigit(checkDigits)
                    || !text.isDigit(checkDigits + 1) || text.isLetterOrDigit(i - 1)) {
                continue;
            }
            CountryCode country = CountryCode.getByCode(upper.substring(i, i + 2).toUpperCase(java.util.Locale.ROOT));
            if (country == null || !IbanUtil.isSupportedCountry(country)) {
                continue;
            }
            int expected = IbanUtil.getIbanLength(country);
            StringBuilder iban = new StringBuilder(MAX_IBAN);
            int end = i;
            while (end < n && iban.length() < expected) {
                char c = upper.charAt(end);
                if (Character.isLetterOrDigit(c) && c < 128) {
                    iban.append(Character.toUpperCase(c));
                    end++;
                } else if ((c == ' ' || c == '-') && end + 1 < n && Character.isLetterOrDigit(upper.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            if (iban.length() == expected && !text.isLetterOrDigit(end) && valid(iban.toString())) {
                text.found(PersonalDataType.IBAN, i, end, 0.99, "IBAN with valid country format and check digits");
                from = end;
            }
        }
    }

    private static boolean valid(String iban) {
        try {
            IbanUtil.validate(iban);
            return true;
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            return false;
        }
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
