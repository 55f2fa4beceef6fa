package nl.helder.guard.signals;

import static nl.helder.guard.signals.Concept.ME;

/**
 * An eviction told with the verb apart from where to: "ze zetten ons volgende maand uit huis", "die Vermieterin setzt uns
 * auf die Straße", "ils nous mettent à la porte". The joined forms ("uit huis zetten", "ontruiming") are money-trouble
 * words of the concept list. Part of {@link HighRiskTopics}.
 */
final class Eviction {

    private Eviction() {
    }

    /**
     * Verbs of putting or throwing someone out of their home, folded; with {@link #OUT_OF_HOME} after them. Not the French
     * "met", which is the Dutch "met" too ("we lopen met ons hondje op straat").
     */
    static final java.util.Set<String> PUT_OUT = java.util.Set.of("zet", "zetten", "zette", "gezet", "zetje", "setzen",
            "setzt", "gesetzt", "werfen", "wirft", "geworfen", "schmeissen", "schmeisst", "mettre", "mettent", "mis", "jeter",
            "jettent", "put", "putting", "throw", "throwing", "thrown", "threw", "kick", "kicking", "kicked");
    private static final Phrases OUT_OF_HOME = Phrases.of("uit huis|uit ons huis|uit mijn huis|uit de woning|uit onze woning"
            + "|uit mijn woning|op straat|uit het huis|aus der wohnung|aus dem haus|aus unserer wohnung|aus meiner wohnung"
            + "|auf die strasse|a la porte|a la rue|dehors de|out of our home|out of my home|out of the house|out of our house"
            + "|out of my house|out of our flat|out of my flat|out of the flat|out of the apartment|out of our apartment"
            + "|onto the street|on the street|out on the street");

    /**
     * An eviction told with the verb apart from where to ("ze zetten ons volgende maand uit huis", "sie setzen uns im
     * Mai auf die Straße", "ils nous mettent à la porte", "they're putting us out on the street"): a verb of putting
     * out, a person ("ons", "us", "uns", "nous") within two words of it, and a way out of the home within six words
     * after it, in one sentence. The joined forms ("uit huis zetten", "ontruiming") are money-trouble words already.
     */
    static boolean told(TaggedMessage m, WordRoles roles) {
        if (!roles.any(WordRoles.PUT_OUT)) {
            return false;
        }
        for (int i = 0; i < m.size(); i++) {
            if (roles.at(i, WordRoles.PUT_OUT) && m.anyWithin(ME, i - 2, i + 2, i) && OUT_OF_HOME.beginsInSentence(m, i + 1, i + 6, i)) {
                return true;
            }
        }
        return false;
    }
}
