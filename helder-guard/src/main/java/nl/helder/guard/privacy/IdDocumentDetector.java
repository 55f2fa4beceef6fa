package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

/**
 * Numbers of Dutch passports and identity cards (nine characters: two letters, six letters or digits, one
 * digit; never the letter O) and driving licences (ten digits), recognised shortly after a document word,
 * because without one they look like any product code.
 */
final class IdDocumentDetector {

    private static final String[] DOCUMENT_WORDS = {"paspoort", "passport", "id-kaart", "idkaart", "id kaart",
            "identiteitskaart", "identiteitsbewijs", "identity card", "id card", "documentnummer", "document number",
            "rijbewijs", "driving licence", "driver's license", "drivers license", "id-nummer", "id nummer"};
    private static final int WINDOW = 40;

    private IdDocumentDetector() {
    }

    static void detect(ScanText text) {
        text.eachOccurrence(DOCUMENT_WORDS, (at, word) -> {
            int from = at + word.length();
            int limit = Math.min(text.length(), from + WINDOW);
            int i = from;
            while (i < limit) {
                if (!Character.isLetterOrDigit(text.at(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.at(end))) {
                    end++;
                }
                String token = text.text().substring(i, end).toUpperCase(java.util.Locale.ROOT);
                if (isDutchDocumentNumber(token) || token.length() == 10 && token.chars().allMatch(Character::isDigit)) {
                    text.found(PersonalDataType.ID_DOCUMENT, i, end, 0.9, "identity document number after a document word");
                    return;
                }
                i = end;
            }
        });
    }

    static boolean isDutchDocumentNumber(String token) {
        if (token.length() != 9 || token.indexOf('O') >= 0) {
            return false;
        }
        boolean hasDigit = false;
        for (int i = 0; i < 9; i++) {
            char c = token.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 2 && !letter || i == 8 && !digit || !letter && !digit) {
                return false;
            }
            hasDigit |= digit;
        }
        return hasDigit;
    }
}
