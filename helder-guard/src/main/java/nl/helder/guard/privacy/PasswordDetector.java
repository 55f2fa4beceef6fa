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
    /** Abbreviations that also mean other things ("the PW marking"): they count only with "is", ":" or "=". */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("ww", "pw", "pwd");
    private static final String[] JOINERS = {"is", "was", "=", ":", "luidt", "wordt", "ist", "est", "als"};

    private PasswordDetector() {
    }

    static void detect(ScanText text) {
        String lower = text.lower();
        text.eachOccurrence(PASSWORD_WORDS, (at, word) -> {
            int after = at + word.length();
            if (text.isLetterOrDigit(at - 1) || text.isLetterOrDigit(after) && !lower.startsWith("je", after)
                    || at > 0 && (lower.charAt(at - 1) == '/' || lower.charAt(at - 1) == '.' || lower.charAt(at - 1) == '\'')) {
                return;
            }
            // The secret follows a joiner within a few words ("wachtwoord dat ik gebruik is X"), or, without
            // one, is the next word when it looks like a secret (has a digit or a symbol).
            int i = skipSpaceAndColon(text, after);
            int next = wordEnd(text, i);
            String skipped = text.text().substring(after, i);
            boolean joined = skipped.indexOf(':') >= 0 || skipped.indexOf('=') >= 0;
            int firstStart = i;
            int firstEnd = next;
            for (int words = 0; words < 5 && !joined && i < text.length(); words++) {
                String token = lower.substring(i, next);
                joined = isJoinerOnly(token) || isJoinerOnly(token.replace(":", ""));
                i = skipSpaceAndColon(text, next);
                next = wordEnd(text, i);
            }
            if (!joined) {
                // Without a joiner only the very next word can be the secret, and only if it looks like one.
                if (ABBREVIATIONS.contains(word) || !looksSecret(text.text().substring(firstStart, firstEnd))) {
                    return;
                }
                i = firstStart;
                next = firstEnd;
            }
            // Trailing punctuation stays inside the span: it may be part of the secret; a comma after it does not.
            int end = next;
            if (end > i && text.at(end - 1) == ',') {
                end--;
            }
            if (end - i >= 3 && !isJoinerOnly(lower.substring(i, end))) {
                text.found(PersonalDataType.PASSWORD, i, end, 0.9, "word after a password word");
            }
        });
    }

    private static boolean looksSecret(String token) {
        return token.length() >= 4 && token.chars().anyMatch(c -> Character.isDigit(c) || !Character.isLetterOrDigit(c));
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
