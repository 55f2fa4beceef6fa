package nl.helder.guard.signals;

/**
 * A despairing or suicidal statement, told in the customer's own words in four languages: "ich weiß nicht, wie ich
 * weiterleben soll", "ik trek het niet meer", "it's all too much", "je pense à en finir". The brief's convention: such a
 * message is a high-risk matter and <em>not</em> frustration, whatever its "??" or capitals (round thirteen of issue 14;
 * before it despair without a crisis word was missed in Dutch, German and French, and one with a crisis word was also
 * read as frustrated). Phrases, not words: "ich kann nicht mehr" alone is as often "ich kann nicht mehr warten".
 */
final class Despair {

    private static final Phrases TOLD = Phrases.of(
            // nl
            "zie het niet meer zitten|zie het echt niet meer zitten|ik kan niet meer verder|kan zo niet meer verder"
            + "|ik trek het niet meer|trek het echt niet meer|wordt me allemaal te veel|het is me allemaal te veel"
            + "|weet niet meer hoe ik verder moet|weet echt niet meer hoe ik verder moet|heeft allemaal geen zin meer"
            + "|wil er niet meer zijn|wil niet meer leven|wil dood|er een eind aan maken|er een einde aan maken"
            // en
            + "|can t go on|cannot go on|can t go on anymore|can t take it anymore|can t cope anymore|cannot cope anymore"
            + "|it s all too much|all too much for me|want to die|end it all|don t want to live|kill myself|end my life"
            + "|no reason to live|no point in living"
            // de
            + "|weiterleben|wie ich weitermachen soll|alles ist zu viel|alles wird mir zu viel|wird mir alles zu viel"
            + "|halte das nicht mehr aus|halte es nicht mehr aus|will nicht mehr leben|nicht mehr leben will"
            + "|mir das leben nehmen"
            // fr
            + "|pense a en finir|penser a en finir|envie d en finir|plus la force|n ai plus la force|envie de mourir|plus envie de vivre|mettre fin a mes jours"
            + "|a quoi bon vivre|a quoi bon continuer|plus aucune raison de vivre");

    private Despair() {
    }

    /** Whether the message tells of despair in one of the phrases. One pass over its words. */
    static boolean told(TaggedMessage m) {
        return TOLD.in(m);
    }
}
