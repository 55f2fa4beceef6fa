package nl.helder.guard.signals;

/**
 * A death in the family told in other words than a death word: "I lost my husband", "ik ben mijn vrouw verloren", "papa
 * is er niet meer", "my nan is no longer with us", "mon père n'est plus là". Not a thing lost by a relative ("Maman a
 * perdu sa carte"), a relative's thing gone ("het modem van mijn zoon is er niet meer"), the Dutch idiom ("is er niet
 * meer aan toegekomen") or someone who moved out ("no longer with us at home"). The death words themselves
 * ({@code DEATH}) are {@link HighRiskTopics}'s. Part of {@link HighRiskTopics}.
 */
final class Bereavement {

    private Bereavement() {
    }

    static final java.util.Set<String> LOST = java.util.Set.of("lost", "verloren", "perdu", "kwijtgeraakt", "perdre", "verlieren",
            "losing", "verliezen");
    /**
     * The English and French verbs, whose object (the relative lost) follows them: "Maman a perdu sa carte" is a card
     * lost by a mother; the Dutch and German participles stand after their object ("mijn vrouw verloren").
     */
    private static final java.util.Set<String> OBJECT_AFTER = java.util.Set.of("lost", "losing", "perdu", "perdre");
    static final java.util.Set<String> RELATIVES = java.util.Set.of("man", "vrouw", "moeder", "vader", "partner", "zoon",
            "dochter", "kind", "broer", "zus", "opa", "oma", "husband", "wife", "mother", "father", "mum", "mom", "dad", "son",
            "daughter", "child", "brother", "sister", "mann", "frau", "mutter", "vater", "sohn", "tochter", "bruder", "schwester",
            "mari", "femme", "mere", "pere", "fils", "fille", "frere", "soeur", "epouse", "echtgenoot", "echtgenote",
            // what children and grandchildren call them (round twenty-five: the list had the formal words only)
            "papa", "mama", "pap", "mam", "daddy", "mummy", "mommy", "grandma", "grandpa", "granny", "grandmother",
            "grandfather", "grootvader", "grootmoeder", "opi", "omi", "vati", "mutti", "grossmutter", "grossvater", "maman", "papi",
            "mamie", "papy", "schoonmoeder", "schoonvader", "stiefvader", "stiefmoeder", "ouders", "parents", "eltern", "tante", "oom",
            "aunt", "uncle", "onkel", "oncle", "stepdad", "stepmum", "stepmom", "stepfather", "stepmother", "ehemann", "ehefrau",
            "epoux", "conjoint", "schwiegermutter", "schwiegervater", "grandson", "granddaughter", "kleinzoon", "kleindochter", "nan",
            "nana", "nanna");

    /**
     * Gone, in the words a family uses instead of "died": "papa is er niet meer", "she is no longer with us", "Mutti ist
     * nicht mehr unter uns", "mon père n'est plus là" (the plainer "heengegaan", "passed away" are death words already).
     * Not "kan er niet meer tegen", "is gone for the weekend", "passed his exam", "ist nicht mehr da" (moved out).
     */
    private static final Phrases GONE = Phrases.of("no longer with us|not with us anymore|not with us any more"
            + "|nicht mehr unter uns|ist von uns gegangen|lebt nicht mehr|leeft niet meer|ne vit plus"
            + "|n est plus la|n est plus parmi nous|n est plus de ce monde|nous a quitte|nous a quittes|nous a quittee");
    /** The Dutch "er niet meer" is also an idiom ("is er niet meer aan toegekomen", "is er niet meer blij mee"): see {@link #IDIOM_GOES_ON}. */
    private static final Phrases GONE_NL = Phrases.of("is er niet meer|zijn er niet meer|er niet meer is|zijn er allebei niet meer");
    /**
     * What follows the Dutch phrase when it is an idiom, not a death: "er niet meer aan toegekomen", "er niet meer blij
     * mee", "er niet meer zeker van", "er niet meer geweest", "er niet meer tegen kunnen".
     */
    private static final java.util.Set<String> IDIOM_GOES_ON = java.util.Set.of("aan", "bij", "mee", "toe", "over", "van", "in", "op",
            "uit", "tegen", "om", "voor", "zeker", "blij", "tevreden", "geweest", "gekomen", "gebeld", "thuis", "te", "zo", "zoveel",
            "veel", "achter", "door", "naar", "langs", "heen", "onder");
    /** A place or a time after "gone" means moved out or away: "no longer with us at home", "n'est plus là en semaine". */
    private static final java.util.Set<String> PLACE_OR_TIME = java.util.Set.of("at", "here", "on", "for", "in", "a", "chez", "pour",
            "en", "le", "zu", "bei", "im", "am", "dans");
    /** Between a relative and its verb: "mijn vader is er niet meer", "my mother is no longer with us". */
    private static final java.util.Set<String> IS = java.util.Set.of("is", "ist", "was", "war");
    /** A possessor before the relative: "het modem van mijn zoon", "la box de mon père", "the phone of my dad". */
    private static final java.util.Set<String> OF = java.util.Set.of("van", "of", "von", "de", "du");
    private static final java.util.Set<String> MY = java.util.Set.of("mijn", "m", "n", "mon", "ma", "my", "mein", "meine", "meiner", "onze",
            "our", "unser", "unsere", "notre", "ons");
    /** Participles after which a thing, not a relative, was lost: "is verloren gegaan", "verloren gegangen". */
    private static final java.util.Set<String> GOT_LOST = java.util.Set.of("gegaan", "geraakt", "gegangen");

    /**
     * Bereavement in other words: "I lost my husband", "j'ai perdu ma mère" (the relative after the verb, not "my
     * grandma's parcel"), "ik ben mijn vrouw verloren" (right before the participle, not "verloren gegaan"); a relative
     * who is the subject of a way of saying gone ("papa is er niet meer sinds zondag", "mijn moeder is no longer with
     * us"), not one who owns the thing gone ("het modem van mijn zoon is er niet meer").
     */
    static boolean told(TaggedMessage m, WordRoles roles) {
        if (!roles.any(WordRoles.RELATIVE)) {
            return false; // both ways need a relative
        }
        for (int i = 0; i < m.size(); i++) {
            String word = m.word(i);
            if (roles.at(i, WordRoles.LOST)) {
                if (OBJECT_AFTER.contains(word) ? relativeAfter(m, roles, i)
                        : roles.anyWithin(WordRoles.RELATIVE, i - 2, i - 1) && !GOT_LOST.contains(next(m, i))) {
                    return true;
                }
            } else if (roles.at(i, WordRoles.RELATIVE) && !owner(m, i) && (!word.equals("man") || i > 0 && MY.contains(m.word(i - 1)))
                    && (goneAfter(m, i + 1) || IS.contains(next(m, i)) && goneAfter(m, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** "lost my husband", "perdu ma mère": a relative within three words after, not followed by a possessive "'s". */
    private static boolean relativeAfter(TaggedMessage m, WordRoles roles, int i) {
        for (int j = i + 1; j <= Math.min(m.size() - 1, i + 3); j++) {
            if (roles.at(j, WordRoles.RELATIVE) && m.sentenceOf(j) == m.sentenceOf(i) && !next(m, j).equals("s")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the relative at {@code i} is a possessor: "van mijn zoon", "de mon père". */
    private static boolean owner(TaggedMessage m, int i) {
        int before = i - 1;
        while (before >= 0 && MY.contains(m.word(before))) {
            before--;
        }
        return before >= 0 && OF.contains(m.word(before));
    }

    /** Whether a way of saying gone begins at {@code at}, not followed by an idiom's next word (Dutch) or by a place or time. */
    private static boolean goneAfter(TaggedMessage m, int at) {
        int end = GONE_NL.endOfPhraseAt(m, at);
        if (end > 0) {
            return end >= m.size() || m.sentenceOf(end) != m.sentenceOf(at) || !IDIOM_GOES_ON.contains(m.word(end));
        }
        end = GONE.endOfPhraseAt(m, at);
        return end > 0 && (end >= m.size() || m.sentenceOf(end) != m.sentenceOf(at) || !PLACE_OR_TIME.contains(m.word(end)));
    }

    private static String next(TaggedMessage m, int i) {
        return i + 1 < m.size() ? m.word(i + 1) : "";
    }
}
