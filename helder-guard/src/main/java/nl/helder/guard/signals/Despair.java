package nl.helder.guard.signals;

/**
 * A despairing or suicidal statement, told in the customer's own words in four languages: "ich weiß nicht, wie ich
 * weiterleben soll", "ik trek het niet meer", "it's all too much", "je pense à en finir". The brief's convention: such a
 * message is a high-risk matter, and its "??", capitals or sighs are not frustration; swearing, insults and "I said it
 * three times" still are. Before round thirteen of issue 14 despair without a crisis word was missed in Dutch, German
 * and French, and one with a crisis word was also read as frustrated. Phrases, not words: "ich kann nicht mehr" alone is
 * as often "ich kann nicht mehr warten".
 */
final class Despair {

    private static final Phrases TOLD = Phrases.of(
            // nl (not "ik kan niet meer verder" or "weet niet meer hoe ik verder moet": stuck in the app as often)
            "zie het niet meer zitten|zie het echt niet meer zitten|ik trek het niet meer|trek het echt niet meer"
            + "|wordt me allemaal te veel|het is me allemaal te veel|heeft allemaal geen zin meer|wil er niet meer zijn"
            + "|wil niet meer leven|ik wil dood"
            // en (not "can't go on": "I can't go on holiday"; not "can't take it anymore", as often said of a bot)
            + "|can t go on anymore|can t go on like this|can t cope anymore|cannot cope anymore"
            + "|it s all too much|all too much for me|want to die|end it all|don t want to live|kill myself|end my life"
            + "|no reason to live|no point in living"
            // de (not "wie ich weitermachen soll" or "alles ist zu viel": a form, an invoice)
            + "|weiterleben|alles wird mir zu viel|wird mir alles zu viel|halte das nicht mehr aus|halte es nicht mehr aus"
            + "|will nicht mehr leben|nicht mehr leben will|mir das leben nehmen"
            // fr (not "envie d'en finir avec ce dossier")
            + "|pense a en finir|penser a en finir|plus la force de vivre|envie de mourir|plus envie de vivre"
            + "|mettre fin a mes jours|a quoi bon vivre|plus aucune raison de vivre");

    private Despair() {
    }

    /** Whether the message tells of despair in one of the phrases. One pass over its words. */
    static boolean told(TaggedMessage m) {
        return TOLD.in(m);
    }
}
