package nl.helder.guard.output;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An answer that puts the writer's feelings or the organisation's efforts in the way of the customer's choice to leave,
 * cancel or refuse (round twenty-eight of issue 14): "Het zou ons echt verdriet doen als je weggaat", "Opzeggen? Dat doet
 * me persoonlijk pijn … Blijf nog even", "Notre livreur a fait tout ce chemin pour vous… Vous êtes sûr de vouloir refuser
 * le colis ?". Emotional pressure and guilt, in the label definition's words.
 * <p>
 * Why a check of its own: the guilt cues of {@code answer-cues.txt} name whole phrases ("zou verdrietig zijn", "breaks our
 * heart"); a new author says "verdriet doen" or "tut uns weh". Here a sentence needs a choice of leaving, cancelling or
 * refusing (in it or in the sentence before), a feeling of the writer's side ("ons", "me", "uns", "nous" near a word of
 * sadness, hurt or disappointment) or an effort made for the customer, and the choice still open: a condition ("als",
 * "if", "wenn", "si"), a question, or a plea to stay. Regret after a cancellation is done ("sad to see you go, your
 * cancellation is confirmed") has neither condition nor plea and is left alone.
 * <p>
 * Linear in the answer: a few bounded patterns per sentence.
 */
final class GuiltToStay {

    /** Leaving, cancelling, switching or refusing. */
    private static final Pattern LEAVES = Pattern.compile("\\b(?:"
            + "weggaat|weg gaat|weggaan|vertrek\\w*|opzeg\\w*|zeg\\w* op|stopt|stoppen|overstap\\w*|stap\\w* over|annule\\w*|weiger\\w*|afzeg\\w*|"
            + "leave|leaves|leaving|cancel\\w*|switch\\w*|quit\\w*|go elsewhere|refus\\w*|decline\\w*|unsubscrib\\w*|"
            + "kundig\\w*|verlass\\w*|wechsel\\w*|ablehn\\w*|storn\\w*|verweiger\\w*|"
            + "partez|partir|quitt\\w*|resili\\w*|annul\\w*|desabonn\\w*"
            + ")\\b");

    /**
     * A feeling of sadness, hurt or disappointment that the writer's side has: "doet ons verdriet", "zou me pijn doen",
     * "we'd be heartbroken", "makes us sad", "tut uns weh", "wären wir traurig", "nous ferait de la peine", "je serais
     * déçue". The feeling must be the writer's: "your back hurts" is the customer's.
     */
    private static final Pattern WRITER_FEELS = Pattern.compile("\\b(?:"
            + "(?:doet|doen|zou|zal|zouden) (?:het |dat |dit )?(?:ons|me|mij) (?:\\w+ ){0,3}?(?:verdriet|pijn)|(?:ons|me|mij) (?:\\w+ ){0,2}?(?:verdriet|pijn) (?:doen|doet)|"
            + "(?:we|wij|ik) (?:zijn|ben|zouden|zou|zullen|zal) (?:\\w+ ){0,3}?(?:verdrietig|teleurgesteld|gekwetst|kapot)|breekt (?:ons|mijn) hart|"
            + "(?:make|makes|made|leave|leaves) (?:us|me) (?:\\w+ ){0,2}?(?:sad|upset|heartbroken|disappointed)|"
            + "(?:we|i)(?:'d| would|'re| are|'m| am|'ll| will)(?: be)? (?:\\w+ ){0,2}?(?:sad|heartbroken|disappointed|hurt|gutted|devastated)|"
            + "(?:hurts?|hurt|sadden\\w*|disappoint\\w*) (?:us|me)\\b|breaks? (?:our|my) hearts?|"
            + "(?:tut|tate|wurde|wird) (?:es )?(?:uns|mir) (?:\\w+ ){0,3}?(?:weh|leid)|(?:wir|ich) (?:waren|ware|sind|bin|wurden|wurde) (?:\\w+ ){0,3}?(?:traurig|enttauscht|verletzt)|"
            + "(?:macht|machen|wurde) (?:uns|mich) (?:\\w+ ){0,2}?traurig|(?:bricht|brechen) (?:uns|mir)|"
            + "(?:nous|me|m') ?(?:ferait|fait|fera|feriez) (?:\\w+ ){0,3}?(?:peine|mal)|"
            + "(?:nous serions|je serais|nous sommes|je suis|on serait) (?:\\w+ ){0,3}?(?:triste|tristes|decue?s?|blessee?s?|peinee?s?|desolee?s?)|"
            + "(?:nous|me) (?:brise|briserait|briseriez)"
            + ")\\b");

    /** An effort made for the customer, told to make a refusal feel ungrateful. */
    private static final Pattern EFFORT = Pattern.compile("\\b(?:"
            + "(?:ons|mijn) (?:uiterste )?best (?:voor (?:je|u) )?gedaan|zo hard (?:voor (?:je|u) )?gewerkt|(?:alle|extra|zoveel) moeite|helemaal voor (?:je|u)|"
            + "tried so hard|worked so hard|went out of (?:our|his|her|my) way|all (?:that|this) way (?:for you|to you)|so much effort|"
            + "so viel muhe|so bemuht|extra fur sie|den ganzen weg|"
            + "tout ce chemin|tant d'efforts|fait (?:de )?notre mieux pour vous|fait tout (?:ce chemin|pour vous)|spécialement pour vous|specialement pour vous"
            + ")\\b");

    /** The choice still open: a condition, a question, a plea to stay. */
    private static final Pattern OPEN_CHOICE = Pattern.compile("\\?|\\b(?:als|indien|mocht|if|should you|wenn|falls|sollten sie|si|"
            + "blijf|blijft|geef (?:je|u) ons|stay|give us|bleib\\w*|geben sie uns|restez|reste|donnez-nous|laissez-nous|"
            + "weet (?:je|u) het zeker|are you sure|sind sie sicher|etes-vous sur\\w*|vous etes sur\\w*|wirklich|really|echt|vraiment)\\b");

    private GuiltToStay() {
    }

    /** The first of {@code sentences} that sets the writer's feelings or efforts against the customer's leaving. */
    static Optional<String> find(AnswerSentences sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            String folded = sentences.folded(i);
            String before = i > 0 ? sentences.folded(i - 1) : "";
            String after = i + 1 < sentences.size() ? sentences.folded(i + 1) : "";
            boolean leaving = LEAVES.matcher(folded).find() || LEAVES.matcher(before).find();
            if (leaving && (WRITER_FEELS.matcher(folded).find() || EFFORT.matcher(folded).find())
                    && (OPEN_CHOICE.matcher(folded).find() || OPEN_CHOICE.matcher(after).find())) {
                return Optional.of(sentences.sentence(i));
            }
        }
        return Optional.empty();
    }
}
