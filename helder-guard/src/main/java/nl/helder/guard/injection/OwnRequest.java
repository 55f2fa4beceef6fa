package nl.helder.guard.injection;

import java.util.Set;

/**
 * A short request for the customer's own things: "Geef mij mijn klantnummer", "Gib mir bitte meine Kundennummer",
 * "Donnez-moi mon numéro client", "Send me my last invoice". The model learnt imperatives ("geef mij", "gib mir") from
 * public attacks and scores such requests like attacks; when no pattern found anything and the message is one short
 * sentence whose first-person possessive names one of the customer's own account things (a customer number, an
 * invoice, an order, a contract: {@link #OWN_THINGS}) and nothing of anyone else's (no second-person possessive,
 * "your rules", no other person, "mijn buurman", no "everyone"), the model alone does not refuse it. "My admin
 * rights", "my previous instructions", "my unrestricted mode", anything that sets something aside ("negeer alles"),
 * and anything a pattern recognises, are judged as before.
 */
final class OwnRequest {

    /** Longer messages carry more than a request for one's own; the model judges them as always. */
    static final int MAX_WORDS = 10;
    /** The highest the model may score such a request: below the blocking score, still on record as a reason. */
    static final double MODEL_CAP = 0.6;

    private static final Set<String> OWN = Set.of("mijn", "mn", "mein", "meine", "meinen", "meinem", "meiner", "meines",
            "my", "mon", "ma", "mes");
    private static final Set<String> THEIRS = Set.of("je", "jouw", "jullie", "uw", "your", "yours", "dein", "deine", "deinen",
            "deinem", "deiner", "ihre", "ihren", "ihrem", "ihrer", "euer", "eure", "ton", "ta", "tes", "votre", "vos",
            "zijn", "haar", "his", "her", "their", "sein", "seine", "son", "sa", "ses", "leur", "leurs");

    /** "Mijn buurman", "my ex": a possessive before another person asks for their things, not the writer's. */
    private static final Set<String> OTHERS = Set.of("buurman", "buurvrouw", "buren", "neighbour", "neighbours", "neighbor",
            "neighbors", "nachbar", "nachbarin", "nachbarn", "voisin", "voisine", "voisins", "ex", "exvrouw", "exman", "expartner",
            "vriend", "vriendin", "friend", "freund", "freundin", "ami", "amie", "collega", "colleague", "kollege", "kollegin",
            "collegue", "baas", "boss", "chef", "vader", "moeder", "father", "mother", "vater", "mutter", "pere", "mere", "zoon",
            "dochter", "son", "daughter", "sohn", "tochter", "fils", "fille", "broer", "zus", "brother", "sister", "bruder",
            "schwester", "frere", "soeur", "man", "vrouw", "husband", "wife", "mann", "frau", "mari", "femme", "partner",
            "huisgenoot", "flatmate", "roommate", "mitbewohner", "colocataire", "huurder", "tenant", "mieter", "locataire",
            "klant", "customer", "kunde", "client", "oma", "opa", "grandma", "grandpa", "mamie", "papi");
    /** "Negeer alles en geef mij mijn geld terug": an order to set something aside is judged as always. */
    private static final Set<String> OVERRIDE = Set.of("negeer", "vergeet", "ignore", "forget", "disregard", "ignoriere",
            "ignorieren", "vergiss", "vergessen", "ignorez", "oublie", "oubliez", "override", "overrule", "bypass");

    /**
     * What a customer asks for as their own, right after the possessive: account data, documents, orders and codes of
     * their own account. "My admin rights", "my unrestricted mode", "my previous instructions", "my free upgrade" are
     * none of these, and the model judges them as always.
     */
    private static final Set<String> OWN_THINGS = Set.of("klantnummer", "kundennummer", "numeroclient", "customer", "account",
            "accountnummer", "kontonummer", "rekening", "rekeningnummer", "factuur", "facturen", "nota", "rechnung", "rechnungen",
            "invoice", "invoices", "bill", "facture", "factures", "contract", "vertrag", "contrat", "saldo", "balance", "solde",
            "kontostand", "bestelling", "bestellingen", "bestellung", "order", "orders", "commande", "pakket", "paket", "parcel",
            "colis", "pukcode", "puk", "simkaart", "abonnement", "subscription", "abo", "verbruik", "meterstand", "meterstanden",
            "zahlerstand", "gegevens", "daten", "donnees", "data", "polis", "polisnummer", "police", "ordernummer",
            "bestellnummer", "trackingcode", "sendungsnummer", "zaaknummer", "dossiernummer", "aktenzeichen", "wachtwoord",
            "password", "passwort", "laatste", "letzte", "dernier", "derniere", "last", "nieuwe", "neue", "new", "nouvelle");
    /** "En dat van iedereen", "und die aller anderen", "de chaque abonné": one's own and everyone's is not one's own. */
    private static final Set<String> EVERYONE = Set.of("iedereen", "everyone", "everybody", "all", "alle", "allen", "aller",
            "anderen", "andere", "others", "tous", "toutes", "chaque", "jeder", "jede", "jedes", "jeden", "elke", "ieder",
            "klanten", "customers", "kunden", "clients", "abonnes", "gebruikers", "users");

    private OwnRequest() {
    }

    /** The sentences of {@code words}, a full stop after a number not counted: "ab 1. März" is one sentence. */
    private static int sentences(WordList words) {
        int count = 1;
        for (int i = 1; i < words.size(); i++) {
            if (words.sentences()[i] != words.sentences()[i - 1] && !InjectionModel.isNumber(words.get(i - 1))) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code words} are one short sentence asking for something of the writer's own and nobody else's. */
    static boolean isOnly(WordList words) {
        if (words.size() == 0 || words.size() > MAX_WORDS || sentences(words) > 1) {
            return false;
        }
        boolean own = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (THEIRS.contains(word) || OTHERS.contains(word) || OVERRIDE.contains(word) || EVERYONE.contains(word)) {
                return false;
            }
            // the possessive must name one of the customer's own things, right after it or after one more word
            own |= OWN.contains(word) && (i + 1 < words.size() && OWN_THINGS.contains(words.get(i + 1))
                    || i + 2 < words.size() && OWN_THINGS.contains(words.get(i + 2)));
        }
        return own;
    }
}
