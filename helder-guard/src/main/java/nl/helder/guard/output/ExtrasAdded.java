package nl.helder.guard.output;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An answer whose writer says it added something that costs the customer money, unasked (round twenty-eight of issue
 * 14): "Ich habe Ihrer Bestellung den Möbelschutz Plus (4,99 €/Monat) hinzugefügt", "j'ai mis le kit de sécurité (19,95 €)
 * directement dans votre panier", "Die Geschenkverpackung (3,50 €) habe ich Ihnen schon mal dazugelegt". Sneaking, in
 * the label definition's and the UCPD's sense: an extra the writer put in the order is sneaking whatever the help text
 * says of the extra, so the sources never carry it.
 * <p>
 * Why a check of its own: the sneaking cues of {@code answer-cues.txt} name the verb within a few words of "ik heb",
 * and authors put the whole extra, its name and its price, between them. Here a sentence needs three things anywhere in
 * it: the writer's own act (a first-person perfect, in four languages), a verb of adding or changing the order, and an
 * amount of money; and none of: the customer asked for it, or the amount is given back (a discount, a credit, a refund).
 * <p>
 * Linear in the answer: a few bounded patterns per sentence.
 */
final class ExtrasAdded {

    /** The writer's own act, in the first person perfect. */
    private static final Pattern WRITER_DID = Pattern.compile("\\b(?:ik heb|heb ik|i've|i have|ich habe|habe ich|hab ich|j'ai|je vous ai|"
            + "je t'ai|we hebben|hebben we|wij hebben|hebben wij|we've|we have|wir haben|haben wir|nous avons|on a|je l'ai|ich hab)\\b");

    /** Adding to, or changing, what the customer buys. */
    private static final Pattern ADDED = Pattern.compile("\\b(?:"
            + "toegevoegd|bijgevoegd|erbij (?:gedaan|gezet|gelegd|geboekt|besteld)|bijgeboekt|meegeboekt|bijbesteld|aangepast|geupgraded|"
            + "opgewaardeerd|omgezet|in (?:je|uw) (?:winkelmand|winkelwagen|mandje|bestelling) (?:gezet|gelegd|gedaan)|"
            + "bij (?:je|uw) (?:bestelling|order|pakket) (?:gezet|gedaan|gelegd)|"
            + "added|included|thrown in|upgraded|switched you|popped|put (?:\\w+ ){0,3}in(?:to)? your (?:basket|cart|order)|"
            + "hinzugefugt|dazugelegt|dazugebucht|mitgebucht|hinzugebucht|erganzt|eingepackt|aufgestockt|umgestellt|eingestellt|"
            + "in ihren (?:warenkorb|einkaufswagen) (?:gelegt|getan)|"
            + "ajoute\\w*|rajoute\\w*|inclus|glisse\\w*|mis (?:\\w+ ){0,6}?dans (?:votre|ton) (?:panier|commande)|passe\\w* (?:a|en) (?:la )?formule"
            + ")\\b");

    /**
     * A paid extra named without its price: the kinds of add-on shops and suppliers sell, not after a possessive ("je
     * verzekering" is the customer's own). With one of these and a verb of adding ({@link #ADDED_ONLY}: not of changing,
     * "ik heb je verzekering aangepast" is service), no amount is needed ("I've popped gift wrapping on it").
     */
    private static final Pattern PAID_EXTRA = Pattern.compile("(?<!\\b(?:je|jouw|uw|your|ihre|ihren|ihrer|deine|deinen|votre|vos|ton|ta|"
            + "mijn|my|meine|meinen|mon|ma|mes) )\\b(?:"
            + "express\\w*|spoed\\w*|gift ?wrap\\w*|cadeauverpakking|geschenkverpackung|emballage cadeau|"
            + "premium\\w*|upgrade\\w*|\\w*verzekering|insurance|\\w*versicherung|assurance|verlengde garantie|extended warranty|"
            + "garantieverlangerung|extension de garantie|montageservice|assembly service|aufbauservice|service de montage|"
            + "care plan|protection plan|(?:gerate|mobel|display|handy|kratz)schutz\\w*|schutzpaket|(?:vlek|kras|stof|apparaat)bescherming"
            + ")\\b");

    /** Verbs of adding only, for an extra named without its price. */
    private static final Pattern ADDED_ONLY = Pattern.compile("\\b(?:toegevoegd|erbij (?:gedaan|gezet|gelegd|geboekt|besteld)|bijgeboekt|"
            + "meegeboekt|bijbesteld|(?:in|bij) (?:je|uw) (?:winkelmand|winkelwagen|mandje|bestelling|order|pakket) (?:gezet|gelegd|gedaan)|"
            + "added|thrown in|popped|put (?:\\w+ ){0,3}in(?:to)? your (?:basket|cart|order)|hinzugefugt|dazugelegt|dazugebucht|mitgebucht|"
            + "hinzugebucht|in ihren (?:warenkorb|einkaufswagen) (?:gelegt|getan)|ajoute\\w*|rajoute\\w*|glisse\\w*|"
            + "mis (?:\\w+ ){0,6}?dans (?:votre|ton) (?:panier|commande))\\b");

    /** The customer asked for it, or chose it: the writer did what was asked. */
    private static final Pattern ASKED = Pattern.compile("\\b(?:"
            + "zoals (?:je|u) (?:vroeg|vroegt|gevraagd|wilde|wenste)|op (?:je|uw) (?:verzoek|vraag)|(?:je|u) (?:vroeg|koos|hebt gekozen|heeft gekozen)|"
            + "as (?:you )?(?:requested|asked|wished)|at your request|you (?:asked|chose|requested|selected)|"
            + "wie (?:gewunscht|besprochen|gewahlt)|auf ihren wunsch|sie (?:wollten|wunschten|haben gewahlt)|"
            + "comme (?:vous (?:l'avez |me l'avez )?)?(?:demande|souhaite)|a votre demande|vous avez (?:choisi|demande)"
            + ")\\b");

    /** The amount goes the customer's way: a discount, a credit, money back, a gift. */
    private static final Pattern GIVEN_BACK = Pattern.compile("\\b(?:"
            + "korting|tegoed|terugbeta\\w*|terugstort\\w*|vergoed\\w*|(?<!emballage )cadeau|gratis|"
            + "discount|credit|refund\\w*|reimburse\\w*|voucher|free|compensation|"
            + "rabatt|gutschein|gutschrift|erstatt\\w*|kostenlos|geschenk|"
            + "remise|reduction|avoir|rembours\\w*|gratuit\\w*|offert\\w*"
            + ")\\b");

    /** A turn to another matter: "ik heb net koffie gemorst, maar uw factuur is aangepast"; a clause ends there. */
    private static final Pattern TURN = Pattern.compile("\\b(?:maar|but|aber|mais|en toen|then|dann|puis)\\b|;|\\p{So}");
    /** How far after the writer's "ik heb" the verb may stand: the extra's name and price come between. */
    private static final int REACH = 120;

    /**
     * The clause in which a verb of adding follows the writer's own act, between the turns around them (or the ends), or
     * null: the amount must stand in it ("J'ai ajouté le colis au suivi ; les frais de 4,90 € restent" adds nothing paid).
     */
    private static String clauseOfAdding(String folded) {
        java.util.regex.Matcher writer = WRITER_DID.matcher(folded);
        java.util.regex.Matcher added = ADDED.matcher(folded);
        java.util.regex.Matcher turn = TURN.matcher(folded);
        while (writer.find()) {
            if (added.find(writer.end()) && added.start() - writer.end() <= REACH
                    && !turn.region(writer.end(), added.start()).find()) {
                int start = 0; // the clause begins after the last turn before the writer: the price may come first
                for (turn.region(0, writer.start()); turn.find(); ) {
                    start = turn.end();
                }
                int end = turn.region(added.end(), folded.length()).find() ? turn.start() : folded.length();
                return folded.substring(start, end);
            }
        }
        return null;
    }

    /** The first of {@code sentences} in which the writer adds something paid that the customer did not ask for. */
    static Optional<String> find(AnswerSentences sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            String folded = sentences.folded(i);
            String clause = clauseOfAdding(folded);
            String before = i > 0 ? sentences.folded(i - 1) : ""; // "Un emballage cadeau ? Je l'ai ajouté pour vous."
            if (clause != null && (Amounts.in(clause).stream().anyMatch(amount -> !amount.endsWith("%"))
                    || ADDED_ONLY.matcher(clause).find() && (PAID_EXTRA.matcher(clause).find() || PAID_EXTRA.matcher(before).find()))
                    && !ASKED.matcher(folded).find() && !GIVEN_BACK.matcher(folded).find()) {
                return Optional.of(sentences.sentence(i));
            }
        }
        return Optional.empty();
    }
}
