package nl.helder.guard.output;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An answer that talks the customer out of a right or remedy (round twenty-eight of issue 14): advice against a
 * complaint, an objection, the mediator or the dispute committee, a refund, a return or cancelling, or such a step told
 * futile, in one sentence: "Ik raad je af om naar de Geschillencommissie te stappen", "Le médiateur ? Franchement, je
 * vous le déconseille", "dass sich eine Beschwerde nicht lohnt", "Most residents don't bother". The UCPD's obstruction
 * of a consumer's rights, and the obstruction the label definition names.
 * <p>
 * Why a check of its own rather than cue phrases: the authors word the advice in endless ways, but a sentence that does
 * it always holds two small closed classes of words, a right (the same {@link TermsAgainstSource#RIGHT} the terms check
 * reads) and a word of advising against or of futility, in each language. The pair is the judgement; a list of whole
 * phrases learnt each round's authors and missed the next. A sentence that gives the customer something instead ("not
 * worth returning: keep it, we refund you") or points to another way to the same right ("instead", "online") is left
 * alone, and so is discouragement the sources carry themselves.
 * <p>
 * Linear in the answer: a few bounded patterns per sentence.
 */
final class RightsDiscouraged {

    /** Advising against, or telling a step futile, in the four languages (folded: lower case, no accents). */
    private static final Pattern DISCOURAGES = Pattern.compile("\\b(?:"
            + "raad (?:ik )?(?:je|u|jullie) (?:\\w+ ){0,8}?af|raden (?:we|wij) (?:je|u) (?:\\w+ ){0,8}?af|af ?te ?raden|afraden|afgeraden|"
            + "(?:heeft|hebben) (?:het |dat |dit )?(?:weinig|geen|echt geen|nauwelijks) zin|weinig zin|zinloos|niet de moeite(?: waard)?|de moeite niet|begin er (?:maar )?niet aan|"
            + "zou ik (?:\\w+ ){0,2}?niet doen|zou ik (?:dat |het )?(?:maar )?laten|levert (?:zelden|weinig|niets|nauwelijks) (?:iets )?op|kun(?:t|nen)? (?:je|u) (?:maar )?beter (?:niet|laten)|"
            + "(?:je|u) maakt (?:weinig|geen|nauwelijks) kans|weinig kans|laat (?:het|dat) (?:maar|liever|gewoon)|"
            + "bespaar (?:je|u|jezelf|uzelf) de moeite|denk (?:er )?(?:nog )?(?:eens |even )?goed over na|"
            + "advise against|advise you against|(?:wouldn't|would not|don't|do not|can't|cannot) recommend|not worth (?:it|the|your)|"
            + "waste of (?:time|money|your)|pointless|don't bother|do not bother|doesn't bother|no point|rarely (?:succeed|works?|get)|"
            + "little chance|slim chance|think twice|i wouldn't|i would not|save yourself the|not recommended|"
            + "rate (?:ich |wir )?(?:ihnen|dir|euch) (?:\\w+ ){0,8}?ab|(?:davon )?abraten|abzuraten|abgeraten|lohnt (?:sich )?(?:\\w+ ){0,6}?nicht|nicht (?:mehr )?lohn(?:t|en)|"
            + "nicht der muhe wert|die muhe nicht|sinnlos|zwecklos|lass(?:en sie)? (?:es|das) (?:lieber|besser|einfach)|"
            + "uberlegen sie sich das (?:gut|genau|zweimal)|wenig aussicht|kaum (?:eine )?chance|sparen sie sich|wurde ich (?:nicht|lassen)|"
            + "deconseill\\w*|(?:ne )?vaut pas la peine|pas la peine|ne sert a rien|peu de chances?|reflechissez bien|"
            + "a votre place,? je ne|je ne le ferais pas|laissez tomber|epargnez-vous|n'en vaut pas|"
            // told not to: "vraag geen regeling aan", "dien liever geen klacht in", "don't file", "stellen Sie keinen Antrag"
            + "vraag (?:liever |maar |dus )?geen (?:\\w+ ){0,2}?aan|dien (?:liever |maar |dus )?geen (?:\\w+ ){0,2}?in|"
            + "(?:don't|do not) (?:file|submit|request|ask for|lodge|open)|"
            + "(?:reichen|stellen|legen) sie (?:lieber |besser )?(?:keine|keinen)|"
            + "ne (?:demandez|deposez|faites|contestez|deposez) (?:\\w+ )?pas"
            + ")\\b");

    /**
     * Rights and remedies the terms check does not read (it judges terms of them against the help text, and these are
     * seldom written with terms) but a customer can be talked out of: switching, a fraud report, a payment arrangement.
     */
    static final Pattern MORE_RIGHTS = Pattern.compile("\\b(?:overstap\\w*|overstappen|fraudemelding\\w*|aangifte|"
            + "(?:betalings)?regeling\\w*|payment (?:plan|arrangement)s?|ratenzahlung\\w*|stundung\\w*|echeancier\\w*|"
            + "fraud report\\w*|betrugsmeldung|signalement)\\b");

    /** Something the customer gets instead, which makes advice against a step honest help, not obstruction. */
    private static final Pattern GIVES_INSTEAD = Pattern.compile("\\b(?:"
            + "vergoed\\w*|terugbeta\\w*|terugstort\\w*|stort\\w* (?:\\w+ ){0,4}?terug|crediteren|gecrediteerd|mag (?:je|u) (?:het |hem |ze )?houden|(?:je|u) mag (?:\\w+ ){0,3}?houden|houd (?:het|hem)|"
            + "refund\\w*|reimburse\\w*|keep (?:it|them|the)|credit(?:ed)?|"
            + "erstatt\\w*|behalten sie|gutschrift|gutgeschrieben|"
            + "rembours\\w*|gardez|conservez|avoir|"
            + "gratis|free of charge|kostenlos|gratuit\\w*|al (?:geregeld|opgelost|verwerkt)|already (?:been )?(?:sorted|processed|done)|"
            + "bereits (?:erledigt|bearbeitet)|deja (?:fait|traite|regle)"
            + ")\\b");

    /** Another way to the same right: the advice is about the way, not the right. */
    private static final Pattern OTHER_WAY = Pattern.compile("\\b(?:in plaats daarvan|in plaats van|instead|stattdessen|anstatt|statt|"
            + "plutot|au lieu de|online|via (?:de |het |onze |uw |je )?(?:app|website|formulier|mijn)|via the|uber (?:das|die|unser)|"
            + "par le formulaire|en ligne)\\b");

    private RightsDiscouraged() {
    }

    /** The first of {@code sentences} that discourages a right the sources do not discourage themselves. */
    static Optional<String> find(AnswerSentences sentences, SourceSupport sources) {
        if (!sources.empty() && DISCOURAGES.matcher(sources.folded()).find()) {
            return Optional.empty(); // the help text advises the same: the company's approved words
        }
        boolean rightBefore = false; // the sentence before named a right: "Le médiateur ? Franchement, je vous le déconseille."
        for (int i = 0; i < sentences.size(); i++) {
            String folded = sentences.folded(i);
            boolean right = sentences.namesRight(i);
            if ((right || rightBefore) && DISCOURAGES.matcher(folded).find()
                    && !GIVES_INSTEAD.matcher(folded).find() && !OTHER_WAY.matcher(folded).find()) {
                return Optional.of(sentences.sentence(i));
            }
            rightBefore = right;
        }
        return Optional.empty();
    }
}
