package nl.helder.guard.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import nl.helder.guard.PersonalDataType;

/**
 * Phone numbers, found and validated by Google's libphonenumber with the Netherlands as default region:
 * "+31 6 12345678", "06-12345678", "0031 20 1234567", "020 123 4567", and foreign numbers in
 * international form. Only numbers libphonenumber judges valid for their region count.
 */
final class PhoneDetector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneDetector() {
    }

    static void detect(ScanText text, String defaultRegion) {
        // The number of candidates libphonenumber may try is bounded by the text's length.
        long maxTries = 16 + text.length() / 4;
        for (PhoneNumberMatch match : PHONES.findNumbers(text.text(), defaultRegion, PhoneNumberUtil.Leniency.VALID, maxTries)) {
            text.found(PersonalDataType.PHONE, match.start(), match.end(), 0.95, "valid phone number (libphonenumber)");
        }
    }
}
