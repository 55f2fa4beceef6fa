package nl.helder.guard.output;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer whose writer tells a life of their own (session twenty-two, issue 14): "Ik gebruik die stofzuiger thuis
 * ook", "Ich fahre damit jeden Tag zur Arbeit", "My flat flooded two years ago", "Vorige zomer in Kroatië heb ik de hele
 * vakantie gestreamd", "mon mari", "my suitcase ended up in Oslo on my honeymoon". A machine has no home, no family, no
 * holidays and no commute; telling them presents the writer as a person, which the AI Act's transparency duty and
 * Helder's mission forbid. The cues and the word model know phrases and words; a new author tells another life. Here a
 * sentence needs a relative, pet or home of the writer's ("my flat", "meine Tochter"), or the writer (a first-person
 * subject or object) with an anchor of a private life: a home, a holiday, a commute told with a verb of going, a past
 * only a person has ("years ago", "last summer").
 * <p>
 * Left alone: a sentence that speaks to or of the customer ("Ik wens u een fijne vakantie", "I hope your kids enjoy
 * it": a second person in the sentence, unless the life is owned by "my"), of other people ("de meeste ouderen …
 * thuis"), the assistant saying what it is not ("Als KI hatte ich das Gerät natürlich nie in der Hand": a word for an
 * AI in the sentence), and text it quotes or echoes (a template letter in quotation marks, "you wrote that …").
 * <p>
 * Linear in the answer: a few bounded patterns per sentence.
 */
final class LivedExperience {

    /** The writer: a first-person singular subject or object. */
    private static final Pattern WRITER = Pattern.compile("\\b(?:ik|mij|me|mezelf|i|myself|ich|mich|mir|je|j'\\w+|moi|moi-meme)\\b");

    /** A relative, a pet or a home owned by the writer: "mijn ouders", "my flat", "meine Frau", "mon mari". */
    private static final Pattern OWN_LIFE = Pattern.compile("\\b(?:"
            + "(?:mijn|m'n) (?:\\w+ )?(?:vrouw|man|vriend|vriendin|partner|ouders|moeder|vader|moeke|kinderen|kids|dochter|zoon|oma|opa|buurman|buurvrouw|hond|kat|huis|flat|appartement|koffer|auto|fiets|tuin|huwelijksreis|vakantie)|"
            + "my (?:\\w+ )?(?:wife|husband|partner|boyfriend|girlfriend|parents|mum|mom|dad|kids|children|son|daughter|gran|grandma|neighbou?r|dog|cat|flat|house|apartment|home|suitcase|car|bike|garden|honeymoon|holiday|vacation|commute)|"
            + "(?:mein|meine|meinem|meinen|meiner) (?:\\w+ )?(?:frau|mann|freund|freundin|partner\\w*|eltern|mutter|vater|kinder|tochter|sohn|oma|opa|nachbar\\w*|hund|dackel|katze|wohnung|haus|koffer|auto|fahrrad|garten|urlaub|flitterwochen)|"
            + "(?:mon|ma|mes) (?:\\w+ )?(?:femme|mari|copain|copine|conjoint|parents|mere|pere|enfants|fille|fils|grand-mere|voisin\\w*|chien|chat|appartement|maison|valise|voiture|velo|jardin|vacances|lune de miel)"
            + ")\\b");

    /**
     * A place, a time or a habit only a person has; counted only where the sentence does not address the customer. Not
     * "last year", "every day" or "at work": an assistant checks "the invoices from last year", watches a status "every
     * day" and says its team is "back at work on Monday" (an independent review's examples).
     */
    private static final Pattern LIFE_ANCHOR = Pattern.compile("\\b(?:"
            + "thuis|op vakantie|vakantie|huwelijksreis|vorige zomer|afgelopen zomer|jaar geleden|toen ik (?:klein|jong|student|kind)|"
            + "(?:rijd|fiets|ga|ging|reis|pak) (?:\\w+ ){0,4}?naar (?:mijn |m'n )?(?:werk|kantoor)|"
            + "at home|on holiday|on vacation|honeymoon|last summer|years ago|when i was (?:a |young|little)|"
            + "(?:drive|cycle|ride|commute|take|go|went) (?:\\w+ ){0,4}?to work|"
            + "zu hause|zuhause|im urlaub|urlaub|flitterwochen|letzten sommer|vor \\d+ jahren|als ich (?:klein|jung|kind|student)|"
            + "(?:fahre|fuhr|gehe|nehme|radle) (?:\\w+ ){0,4}?zur arbeit|"
            + "chez moi|en vacances|vacances|lune de miel|l'ete dernier|il y a \\d+ ans|quand j'etais|"
            + "(?:vais|prends|allais|roule) (?:\\w+ ){0,4}?au (?:travail|boulot|bureau)"
            + ")\\b");

    /**
     * Text the answer quotes or reports rather than tells: a template in quotation marks ("you can send: \"my flat has
     * had no heating\""), the customer's own words echoed ("you wrote that my suitcase ended up in Oslo").
     */
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]|\\b(?:you wrote|you said|you mentioned|je schreef|je schrijft|"
            + "u schreef|u schrijft|je zei|u zei|je gaf aan|u gaf aan|sie schrieben|sie schreiben|sie sagten|vous avez ecrit|vous ecrivez|"
            + "vous avez dit|vous indiquez)\\b");

    /** The customer addressed: the life is then likely the customer's. */
    private static final Pattern ADDRESSED = Pattern.compile("\\b(?:je|jij|jou|jouw|u|uw|you|your|yours|du|dich|dir|dein\\w*|sie|ihr|ihre|ihnen|ihrem|ihren|ihrer|vous|votre|vos|tu|toi|ton|ta|tes)\\b");

    /** The assistant named as a machine in the sentence: what it says of itself is then a disclaimer. */
    private static final Pattern MACHINE = Pattern.compile("\\b(?:ai|ki|ia|bot|robot|chatbot|assistent\\w*|assistant\\w*|virtue\\w*|virtual|virtuel\\w*|digitale?|digital\\w*|programma|program\\w*|computer|machine|maschine|taalmodel|language model|sprachmodell)\\b");

    private LivedExperience() {
    }

    /** The first of {@code sentences} in which the writer tells a private life of their own. */
    static Optional<String> find(AnswerSentences sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            String folded = sentences.folded(i);
            boolean life = OWN_LIFE.matcher(folded).find() || LIFE_ANCHOR.matcher(folded).find() && WRITER.matcher(folded).find()
                    && !addressed(folded) && !OTHERS.matcher(folded).find();
            if (life && !MACHINE.matcher(folded).find() && !QUOTED.matcher(sentences.sentence(i)).find()
                    && !QUOTED.matcher(folded).find()) { // the rare candidate pays for these checks, not every sentence
                return Optional.of(sentences.sentence(i));
            }
        }
        return Optional.empty();
    }

    /** Other people whose life the sentence may tell: "de meeste ouderen … thuis", "many customers at home". */
    private static final Pattern OTHERS = Pattern.compile("\\b(?:ouderen|klanten|mensen|gebruikers|reizigers|huurders|people|customers|users|"
            + "travellers|travelers|tenants|others|kunden|leute|menschen|nutzer|reisende|mieter|clients|gens|personnes|utilisateurs|voyageurs|locataires)\\b");

    /** Dutch words no French sentence has: beside them "je" is Dutch "you", not French "I". */
    private static final Pattern DUTCH = Pattern.compile("\\b(?:het|een|van|ook|niet|heb|hebt|bent|kun|kunt|wil|wilt|naar|voor|bij|dat|wat)\\b");

    /** A second person in the sentence; "je" counts only in a Dutch sentence (in French it is the writer). */
    private static boolean addressed(String folded) {
        Matcher m = ADDRESSED.matcher(folded);
        while (m.find()) {
            if (!m.group().equals("je") || DUTCH.matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }
}
