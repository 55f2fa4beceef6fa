package nl.helder.guard.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
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
            "whatsapp", "sms", "bereikbaar", "reach", "mobile", "cell", "anruf", "téléphone", "portable"};

    private PhoneDetector() {
    }

    static void detect(ScanText text, String defaultRegion) {
        // The number of candidates libphonenumber may try is bounded by the text's length.
        long maxTries = 16 + text.length() / 4;
        for (PhoneNumberMatch match : PHONES.findNumbers(text.text(), defaultRegion, PhoneNumberUtil.Leniency.POSSIBLE, maxTries)) {
            char first = match.rawString().charAt(0);
            // Numbers are written with their trunk prefix (0) or in international form; "582877039" is
            // a BSN or an order number, never how anyone writes a phone number.
            if (first != '0' && first != '+' && first != '(') {
                continue;
            }
            if (PHONES.isValidNumber(match.number())) {
                text.found(PersonalDataType.PHONE, match.start(), match.end(), 0.95, "valid phone number (libphonenumber)");
            } else if (looksMobile(match.rawString()) || text.precededBy(match.start(), 25, PHONE_WORDS)) {
                text.found(PersonalDataType.PHONE, match.start(), match.end(), 0.8, "possible phone number, written as one");
            }
        }
    }

    /** "06...", "+31 6...", "0031 6..." with ten national digits. */
    private static boolean looksMobile(String raw) {
        String digits = raw.replaceAll("[^0-9+]", "");
        return digits.matches("06\\d{8}") || digits.matches("\\+316\\d{8}") || digits.matches("00316\\d{8}");
    }
}
