package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * E-mail addresses: around each '@' the longest plausible local part and domain, confirmed by Commons
 * Validator's e-mail rules (no DNS look-up). Each character is looked at a bounded number of times, because
 * '@' itself ends every expansion.
 */
final class EmailDetector {

    private static final EmailValidator EMAILS = EmailValidator.getInstance(false, true);
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    private EmailDetector() {
    }

    static void detect(ScanText text) {
        String s = text.text();
        int n = s.length();
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < MAX_LOCAL && isLocal(s.charAt(start - 1))) {
                start--;
            }
            while (start < at && s.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < n && end - at <= MAX_DOMAIN && isDomain(s.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--;
            }
            if (start < at && end > at + 1 && EMAILS.isValid(s.substring(start, end))) {
                text.found(PersonalDataType.EMAIL, start, end, 0.99, "e-mail address");
            }
        }
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0)
                || c >= 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isDomain(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) || c == '.' || c == '-' : Character.isLetterOrDigit(c);
    }
}
