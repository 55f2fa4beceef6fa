package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.Locale;

/**
 * Numbers of identity documents (passports, identity cards, driving licences, residence permits) in nl/en/de/fr,
 * recognised shortly after a document word ("paspoort", "ID:", "documentnr", "Führerschein", "permis de
 * conduire", "carte d'identité"), also in brackets ("identiteitskaart (nr IXL4R7G21)"), because without one
 * they look like any product code.
 *
 * <p>A document number is one token of 6 to 16 letters and digits (dashes inside allowed: Belgian card
 * numbers are written "592-1234567-89"), with at least one digit and at least 8 characters, or a Dutch
 * passport/ID number (nine characters, no letter O). Dates, which follow the same words ("paspoort geldig tot
 * 12-05-2030"), are not taken.
 */
final class IdDocumentDetector {

    private static final String[] DOCUMENT_WORDS = {"paspoort", "passport", "id-kaart", "idkaart", "id kaart",
            "identiteit", "identity card", "id card", "documentnummer", "documentnr", "document number", "document no",
            "rijbewijs", "driving licence", "driver's license", "drivers license", "driving license", "licence", "license",
            "id-nummer", "id nummer", "id-nr", "id nr", "id:", "id no", "id number", "verblijfsvergunning",
            "residence permit", "permis de conduire", "permis", "carte d'identité", "carte d’identité", "passeport",
            "titre de séjour", "cni", "führerschein", "personalausweis", "ausweis", "reisepass", "aufenthaltstitel",
            // round twenty-three: the passport number by its German and Dutch compound ("Passnummer … nachtragen: C4JX7K2LM")
            "passnummer", "passnr", "pass-nr", "paspoortnummer", "paspoortnr", "numéro de passeport", "n° de passeport"};
    private static final int WINDOW = 60;
    /**
     * Words naming another number, right before a token: that token is a booking or an order, not the document
     * ("Passnummer … Buchung AB12345678", round twenty-three).
     */
    private static final java.util.Set<String> OTHER_NUMBERS = java.util.Set.of("buchung", "booking", "boeking", "bestelling",
            "order", "reservering", "reservation", "réservation", "dossier", "référence", "reference", "referentie",
            "boekingscode", "buchungsnummer", "bestellnummer", "ordernummer", "klantnummer", "kundennummer", "factuur",
            "rechnung", "facture", "invoice", "polisnummer", "contract", "vertrag", "contrat");
    /** After "licen(c|s)e": a software or plate licence, no identity document. */
    private static final String[] NOT_DOCUMENT_LICENCES = {"key", "code", "plate", "sleutel", "schlüssel", "clé"};

    private IdDocumentDetector() {
    }

    static void detect(ScanText text) {
        text.eachOccurrence(DOCUMENT_WORDS, (at, word) -> {
            if (text.isLetterOrDigit(at - 1)) {
                return;
            }
            int from = at + word.length();
            if (word.startsWith("licen") && text.followedBy(from, 8, NOT_DOCUMENT_LICENCES)) {
                return; // a software licence key or a licence plate, not a document
            }
            int limit = Math.min(text.length(), from + WINDOW);
            int i = from;
            while (i < limit) {
                if (!Character.isLetterOrDigit(text.at(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.at(end))
                        || text.at(end) == '-' && text.isLetterOrDigit(end + 1) && text.isLetterOrDigit(end - 1))) {
                    end++;
                }
                String token = text.text().substring(i, end).toUpperCase(Locale.ROOT);
                if (isDocumentNumber(token) && !text.claimed(i) && !OTHER_NUMBERS.contains(text.wordBefore(i, 2))) {
                    text.found(PersonalDataType.ID_DOCUMENT, i, end, 0.9, "identity document number after a document word");
                    return;
                }
                i = end;
            }
        });
    }

    /** A document number's shape, or a Dutch passport/ID-card number; never a date. */
    static boolean isDocumentNumber(String token) {
        if (isDutchDocumentNumber(token)) {
            return true;
        }
        String plain = token.replace("-", "");
        int digits = 0;
        for (int k = 0; k < plain.length(); k++) {
            digits += Character.isDigit(plain.charAt(k)) ? 1 : 0;
        }
        boolean date = token.length() - plain.length() == 2 && (plain.length() == 8 || plain.length() == 6) && digits == plain.length();
        return plain.length() >= 8 && plain.length() <= 16 && digits >= 2 && !date;
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
