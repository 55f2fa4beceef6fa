package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

/**
 * Secrets a customer types after a password word: "mijn wachtwoord is Zomer2024!", "password: hunter22",
 * "pincode 1234". The secret is the next word (any non-space run of three or more characters) after the word
 * and an optional "is", ":", "=" or "was".
 */
final class PasswordDetector {

    private static final String[] PASSWORD_WORDS = {"wachtwoord", "password", "passwd", "wachtwoordje", "inlogcode",
            "toegangscode", "pincode", "pin code", "pin-code", "passcode", "ww", "pw", "pwd", "kennwort", "mot de passe"};
    private static final String[] JOINERS = {"is", "was", "=", ":", "luidt", "wordt", "ist", "est", "als"};

    private PasswordDetector() {
    }

    static void detect(ScanText text) {
        String lower = text.lower();
        for (String word : PASSWORD_WORDS) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                int after = at + word.length();
                if (text.isLetterOrDigit(at - 1) || text.isLetterOrDigit(after) && !lower.startsWith("je", after)) {
                    continue;
                }
                int i = skipSpaceAndColon(text, after);
                int next = wordEnd(text, i);
                String token = lower.substring(i, next);
                for (String joiner : JOINERS) {
                    if (token.equals(joiner) || token.equals(joiner + ":")) {
                        i = skipSpaceAndColon(text, next);
                        next = wordEnd(text, i);
                        break;
                    }
                }
                // Trailing punctuation stays inside the span: it may be part of the secret.
                if (next - i >= 3 && !isJoinerOnly(lower.substring(i, next))) {
                    text.found(PersonalDataType.PASSWORD, i, next, 0.9, "word after a password word");
                }
            }
        }
    }

    private static boolean isJoinerOnly(String token) {
        for (String joiner : JOINERS) {
            if (token.equals(joiner)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaceAndColon(ScanText text, int i) {
        while (i < text.length() && (text.at(i) == ' ' || text.at(i) == ':' || text.at(i) == '=' || text.at(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int wordEnd(ScanText text, int i) {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.at(end)) && end - i < 128) {
            end++;
        }
        return end;
    }
}
