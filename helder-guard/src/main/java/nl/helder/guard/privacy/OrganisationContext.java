package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

/**
 * Data of the organisation, not of a person, told as such earlier in the same sentence: the company's office
 * ("parkeren bij jullie kantoor, Stationsplein 1"), the customer's company ("ons bedrijf (Bakkerij De Korenschoof,
 * Molenweg 4)", "meine Firma: Muster GmbH, Industriestraße 1"), the company's bank details ("your bank details NL44
 * RABO ...") and the numbers on its website. The GDPR protects natural persons; these name none.
 *
 * <p>The look-back is bounded ({@value #WINDOW} characters) and stops at the start of the sentence, so a customer's
 * own address in the next sentence still counts. "My office" is not on the list: a delivery address at one's
 * office locates a person.
 */
final class OrganisationContext {

    private static final int WINDOW = 100;

    /** Before an address or postcode: the organisation's premises, or the customer's company. */
    private static final String[] PREMISES = {"jullie kantoor", "uw kantoor", "jullie vestiging", "uw vestiging",
            "jullie winkel", "uw winkel", "jullie filiaal", "jullie hoofdkantoor", "jullie servicepunt", "jullie adres",
            "adres van jullie", "adres van uw", "ons bedrijf", "mijn bedrijf", "onze zaak", "ons kantoor", "onze firma",
            "your office", "your shop", "your store", "your branch", "your head office", "your headquarters", "your address",
            "address of your", "our company", "our office", "our business", "my company", "my business",
            "ihr büro", "ihre filiale", "ihrer filiale", "ihre adresse", "ihr geschäft", "meine firma", "unsere firma",
            "unser büro", "mein unternehmen", "unser unternehmen", "unserer firma", "meiner firma",
            "votre bureau", "votre agence", "votre magasin", "votre adresse", "votre siège", "notre société", "ma société",
            "notre entreprise", "mon entreprise",
            // Places that are never anyone's home: service and pick-up points, parcel lockers.
            "servicepunt", "afhaalpunt", "pick-up point", "pickup point", "point relais", "abholstation", "packstation",
            "paketshop", "pakketpunt"};
    /** Before an IBAN: the organisation's account. */
    private static final String[] ACCOUNTS = {"your bank details", "your account number", "your iban", "jullie rekening",
            "jullie iban", "uw rekeningnummer", "jullie factuur", "op uw factuur", "your invoice", "ihre bankverbindung",
            "ihr konto", "ihre iban", "ihrer rechnung", "vos coordonnées bancaires", "votre iban", "votre facture",
            "votre compte bancaire"};
    /** Before a phone number: the organisation's line as published. */
    private static final String[] LINES = {"votre site", "your website", "your site", "jullie website", "jullie site",
            "uw website", "ihrer website", "ihre hotline", "ihre nummer", "jullie nummer", "your number", "votre numéro",
            "votre service client", "jullie klantenservice", "your customer service", "ihr kundenservice"};
    /**
     * Round seven of issue 14: places and papers of the organisation that count only right before the finding (within
     * {@value #CLOSE} characters, no comma or possessive of the writer in between): "de pinautomaat Hoogstraat 12",
     * "het nummer op de brief (020 …)"; not "ik kreeg uw brief, bel me op 06…" (an independent review's example).
     */
    private static final String[] CLOSE_PREMISES = {"pinautomaat", "geldautomaat", "cash machine", "geldautomat", "bankautomat",
            "distributeur de billets", "your website says", "volgens jullie website", "volgens jullie site", "laut ihrer website",
            "selon votre site", "office is at"};
    private static final String[] CLOSE_LINES = {"op de brief", "in de brief", "jullie brief", "uw brief", "on the letter",
            "in the letter", "your letter", "letter asks me to call", "ihrem brief", "votre lettre", "votre courrier",
            "auf dem brief", "im brief", "dans la lettre", "sur la lettre", "sur le courrier"};
    /**
     * Round eleven of issue 14: the organisation's letter saying an account ("op de brief staat NL06 …"); only the
     * forms that say what the letter shows, because "zoals gevraagd in uw brief: NL91 …" hands over the writer's own
     * (an independent review's example), and the writer's own words still count against it.
     */
    private static final String[] CLOSE_ACCOUNTS = {"op de brief staat", "in de brief staat", "op uw brief staat",
            "op jullie brief staat", "the letter says", "your letter says", "the letter shows", "auf dem brief steht",
            "im brief steht", "in ihrem brief steht", "la lettre indique", "votre lettre indique", "sur la lettre figure"};
    private static final String[] WRITERS_OWN = {"mijn", "my", "mein", "meine", "meiner", "mon", "ma", "mes", "ik woon", "i live",
            "ich wohne", "j'habite", "me op", "me on", "me at", "mich", "moi"};
    private static final int CLOSE = 30;

    private OrganisationContext() {
    }

    /** Whether a finding of {@code type} starting at {@code start} (skeleton offset) is the organisation's. */
    static boolean organisations(ScanText text, PersonalDataType type, int start, int end) {
        String[] markers;
        switch (type) {
            case ADDRESS, POSTCODE -> markers = PREMISES;
            case IBAN -> markers = ACCOUNTS;
            case PHONE -> markers = LINES;
            default -> {
                return false;
            }
        }
        int from = sentenceStart(text, start);
        if (from < start && text.containsWordBetween(from, start, markers)) {
            return true;
        }
        String[] close = type == PersonalDataType.PHONE ? CLOSE_LINES : type == PersonalDataType.IBAN ? CLOSE_ACCOUNTS : CLOSE_PREMISES;
        int near = Math.max(from, start - CLOSE);
        if (near < start && text.containsWordBetween(near, start, close) && !text.containsWordBetween(near, start, WRITERS_OWN)
                && text.text().substring(near, start).indexOf(',') < 0) {
            return true;
        }
        if (type == PersonalDataType.PHONE) {
            return false;
        }
        // After the finding, up to the end of its sentence: "IBAN NL.. van jullie", "(FR76 ...) est celui de votre
        // société", "Hauptstraße 1 ist Ihre Filiale", "..., niet mijn huis".
        int sentenceEnd = sentenceEnd(text, end);
        if (type == PersonalDataType.IBAN && text.containsWordBetween(end, Math.min(sentenceEnd, end + 12), ACCOUNTS_RIGHT_AFTER)) {
            return true;
        }
        if (text.containsWordBetween(end, Math.min(sentenceEnd, end + 50), type == PersonalDataType.IBAN ? ACCOUNTS_AFTER : PREMISES_AFTER)) {
            return true;
        }
        // "... IBAN NL..? That's not my account.": a denial opening the next sentence (its first 30 characters).
        return type == PersonalDataType.IBAN
                && text.containsWordBetween(end, Math.min(text.length(), sentenceEnd + 30), NOT_MY_ACCOUNT);
    }

    /** Right after an IBAN ("NL91 ... van jullie"): it belongs to the organisation. */
    private static final String[] ACCOUNTS_RIGHT_AFTER = {"van jullie", "van u ", "of yours", "von ihnen", "de vous"};
    /** After an IBAN in the same sentence, within 50 characters: it belongs to the organisation. */
    private static final String[] ACCOUNTS_AFTER = {"is jullie", "jullie rekening", "jullie iban", "van jullie bedrijf",
            "van uw bedrijf", "is yours", "your company", "your bank account", "ihr konto", "ihre iban", "ihres unternehmens",
            "ihrer firma", "gehört ihnen", "votre société", "votre entreprise", "de votre iban", "le vôtre"};
    /** Denying that an account is the writer's, in the same or the next sentence. */
    private static final String[] NOT_MY_ACCOUNT = {"niet mijn rekening", "niet van mij", "niet mijn iban", "niet mijn nummer",
            "not my account", "not my iban", "not mine", "isn't mine", "nicht mein konto", "nicht meine iban", "nicht meins",
            "pas mon compte", "pas le mien", "pas mon iban"};
    /** After an address or postcode in the same sentence: the organisation's premises. */
    private static final String[] PREMISES_AFTER = {"jullie kantoor", "jullie vestiging", "jullie winkel", "jullie filiaal",
            "uw kantoor", "uw vestiging", "uw filiaal", "your office", "your shop", "your store", "your branch",
            "ihre filiale", "ihr büro", "ihr geschäft", "ihre niederlassung", "votre agence", "votre bureau", "votre magasin",
            "votre siège", "niet mijn huis", "niet mijn adres", "niet mijn woning", "not my home", "not my address",
            "not my house", "nicht meine wohnung", "nicht meine adresse", "nicht mein haus", "pas mon domicile",
            "pas mon adresse", "pas chez moi", "niet het mijne", "niet de mijne", "not mine", "pas le mien", "nicht meins"};
    /** The end of the sentence holding {@code position}, at most {@value #WINDOW} characters on. */
    private static int sentenceEnd(ScanText text, int position) {
        int limit = Math.min(text.length(), position + WINDOW);
        for (int k = position; k < limit; k++) {
            char c = text.at(k);
            if (c == '\n' || c == '\r' || c == '?' || c == '!' || c == '.' && (k + 1 >= text.length() || text.at(k + 1) == ' ')) {
                return k;
            }
        }
        return limit;
    }

    /** The start of the sentence holding {@code position}, at most {@value #WINDOW} characters back. */
    private static int sentenceStart(ScanText text, int position) {
        int limit = Math.max(0, position - WINDOW);
        for (int k = position - 1; k >= limit; k--) {
            char c = text.at(k);
            if (c == '\n' || c == '\r' || c == '?' || c == '!' || c == '.' && k + 1 < text.length() && text.at(k + 1) == ' ') {
                return k + 1;
            }
        }
        return limit;
    }
}
