package nl.helder.guard.privacy;

/**
 * An IBAN the writer pays into, on the organisation's bill: "moet ik zelf overmaken naar NL85 RABO … met
 * betalingskenmerk …", "I should pay to NL41 RABO …, is that really the municipality's account?", "Kan ik betalen via
 * iDEAL of moet het per overschrijving naar NL23 …? Dat nummer staat onderaan jullie factuur." The account is the
 * organisation's, printed on its invoice or letter; the GDPR protects natural persons. Blind authors of four rounds
 * wrote such sentences, each in other words, so this reads the act, not a phrase: a verb of paying, a preposition of
 * direction to the account, the writer paying, and the organisation's bill or the organisation addressed nearby.
 *
 * <p>The account stays personal data when the money goes back to the writer ("terugstorten naar", "refund to",
 * "überweisen Sie bitte auf"), when the organisation is asked to pay ("kunt u het overmaken naar"), when the payee is
 * the writer's own or a person ("naar mijn zoon", "naar de verkoper", "to the seller", "an den Vermieter"): a private
 * seller's or a scammer's account identifies someone. Windows are bounded and stop at the sentence.
 */
final class PayeeAccount {

    /** Characters before the IBAN searched for the verb of paying, within its sentence. */
    private static final int PAYING = 70;
    /** Characters around the IBAN searched for the organisation's bill or the organisation addressed. */
    private static final int BILL = 160;

    private static final String[] PAYING_WORDS = {"betaal", "betaald", "betalen", "overmaken", "overgemaakt", "maak",
            "overschrijving", "overboeking", "overboeken", "storten", "gestort", "pay", "paid", "paying", "transfer",
            "wire", "überweis", "zahlen", "gezahlt", "bezahlt", "einzahl", "payer", "payé", "payée", "virer", "viré",
            "virement", "verser", "versé"};
    /** Prepositions of direction: the money goes to the account. */
    private static final String[] TO = {"naar", "aan", "to", "into", "an", "auf", "à", "au", "sur"};
    /** The writer as the one who pays: a first-person subject or the writer's own question. */
    private static final String[] WRITER_PAYS = {"ik", "i", "we", "wij", "ich", "wir", "je", "j'ai", "nous", "moet het"};
    /** Money going back to the writer, or the organisation asked to pay: the account is then the writer's. */
    private static final String[] TO_THE_WRITER = {"terug", "retour", "refund", "back", "zurück", "rück", "rembours", "restitu",
            "crediteer", "gutschr", "kunt u", "kunnen jullie", "wilt u", "willen jullie", "graag", "please", "could you",
            "can you", "bitte", "können sie", "veuillez", "pouvez-vous", "pourriez-vous", "merci de", "uitbetal", "pay me",
            "pay out", "auszahl"};
    /** The payee is the writer or a person: the account identifies someone. */
    private static final String[] PERSONAL_PAYEE = {"mijn", "my", "mein", "meine", "meinen", "meiner", "mon", "ma", "mes",
            "zoon", "dochter", "moeder", "vader", "buurman", "buurvrouw", "verkoper", "koper", "verhuurder", "huurder",
            "oplichter", "particulier", "iemand", "persoon", "son", "daughter", "mother", "father", "neighbour", "neighbor",
            "seller", "buyer", "landlord", "tenant", "scammer", "someone", "person", "private", "sohn", "tochter", "mutter",
            "vater", "nachbar", "verkäufer", "käufer", "vermieter", "mieter", "betrüger", "jemand", "privat", "fils", "fille",
            "mère", "père", "voisin", "vendeur", "vendeuse", "acheteur", "propriétaire", "locataire", "escroc", "quelqu'un",
            "particulier"};
    /** The organisation's bill (the start of a word): the writer pays what the organisation asks. */
    private static final String[] BILL_STEMS = {"factuur", "aanslag", "acceptgiro", "betalingskenmerk", "belasting", "gemeente",
            "invoice", "municipality", "rechnung", "bescheid", "verwendungszweck", "gemeinde", "finanzamt", "facture",
            "référence de paiement"};
    /** The organisation addressed or its papers (whole words). */
    private static final String[] BILL_WORDS = {"jullie", "uw", "nota", "kenmerk", "your", "bill", "council", "tax office",
            "ihr", "ihre", "ihrer", "ihnen", "votre", "vos", "avis", "commune"};

    private PayeeAccount() {
    }

    /** Whether the IBAN at {@code start}..{@code end} (skeleton offsets) is one the writer pays the organisation into. */
    static boolean paidIntoByTheWriter(ScanText text, int start, int end) {
        int sentence = text.sentenceStart(start, PAYING);
        int paying = lastWordStart(text, sentence, start, PAYING_WORDS, false);
        if (paying < 0 || lastWordStart(text, paying, start, TO, true) < 0) {
            return false;
        }
        if (!text.containsWholeWordBetween(sentence, paying, WRITER_PAYS)
                || text.containsWordBetween(sentence, start, TO_THE_WRITER)
                || text.containsWholeWordBetween(paying, start, PERSONAL_PAYEE)) {
            return false;
        }
        int billFrom = Math.max(0, start - BILL);
        int billTo = Math.min(text.length(), end + BILL);
        return text.containsWordBetween(billFrom, start, BILL_STEMS) || text.containsWordBetween(end, billTo, BILL_STEMS)
                || text.containsWholeWordBetween(billFrom, start, BILL_WORDS) || text.containsWholeWordBetween(end, billTo, BILL_WORDS);
    }

    /**
     * The start of the last of {@code words} in {@code from}..{@code to} that begins a word (and, when {@code whole}, ends
     * one), or -1. One backward pass over the window.
     */
    private static int lastWordStart(ScanText text, int from, int to, String[] words, boolean whole) {
        String lower = text.lower();
        for (int at = to - 1; at >= from; at--) {
            if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                continue;
            }
            for (String word : words) {
                int after = at + word.length();
                if (after <= to && lower.startsWith(word, at) && (!whole || after >= lower.length() || !Character.isLetter(lower.charAt(after)))) {
                    return at;
                }
            }
        }
        return -1;
    }
}
