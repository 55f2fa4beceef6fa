package nl.helder.guard.signals;

import static nl.helder.guard.signals.Concept.*;

/**
 * Whether a message complains, with or without the word: an explicit complaint or a judgement ("not okay",
 * "unacceptable", "enttäuscht") that is neither negated ("no complaints, just a question") nor resolved ("klacht
 * is opgelost"); something that went wrong plus repetition ("schon wieder", "third time"), a stretch of time
 * ("4 weeks and still no refund") or a bill ("de factuur klopt niet"); an objection to a charge; a threat to
 * leave; a legal step; damage with a demand for compensation; being fed up.
 */
final class Complaints {

    private Complaints() {
    }

    /** A judgement, unless it is aimed at the assistant ("wat een waardeloze bot"): that is frustration. */
    private static boolean judgementNotAtTheBot(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, JUDGEMENT) && m.unnegated(i, 2) && !m.anyWithin(BOT, i - 3, i + 3, i)) {
                return true;
            }
        }
        return false;
    }

    /** Outrage, unless aimed at the assistant ("this bot is a joke"): that is frustration. */
    private static boolean outrageNotAtTheBot(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, OUTRAGE) && !m.anyWithin(BOT, i - 3, i + 3, i)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CANCELLED = java.util.Set.of("opgezegd", "beeindigd", "cancelled", "canceled", "terminated",
            "gekundigt", "storniert", "resilie", "resiliee", "annule");
    private static final java.util.Set<String> GOING_ON = java.util.Set.of("blijven", "blijft", "nog", "steeds", "still", "keep", "keeps",
            "continue", "continues", "weiterhin", "immer", "noch", "continuez", "continuent", "toujours", "encore", "weer", "again", "wieder");

    /** "opgezegd maar jullie blijven afschrijven", "I cancelled and you're still taking money", "résilié et vous continuez à prélever". */
    private static boolean chargedAfterCancelling(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (CANCELLED.contains(m.word(i))) {
                for (int j = i + 1; j <= Math.min(m.size() - 1, i + 12); j++) {
                    if (m.is(j, BILL) && m.unnegated(j, 2)) {
                        if (m.anyWithin(GOING_ON, Math.max(i + 1, j - 4), j + 3, -1)) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Words of satisfaction, which complain when negated: "je ne suis pas du tout satisfait". */
    private static final java.util.Set<String> SATISFIED = java.util.Set.of("tevreden", "blij", "satisfied", "happy", "pleased",
            "zufrieden", "satisfait", "satisfaite", "content", "contente");

    private static boolean notSatisfied(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (SATISFIED.contains(m.word(i)) && !m.unnegated(i, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "still" with a negation: "nog steeds geen", "still no", "immer noch nicht", "toujours pas" (not the neutral "nog
     * geen account", "noch nicht bestellt").
     */
    private static boolean stillNot(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, STILL_NOT)) {
                String w = m.word(i);
                String next = i + 1 < m.size() ? m.word(i + 1) : "";
                if (w.equals("still") || w.equals("toujours") || w.equals("immer") || w.equals("nog") && (next.equals("steeds") || next.equals("altijd"))
                        || w.equals("noch") && next.equals("immer")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that make a legal word a step the customer takes or threatens: "I will sue", "ik stap naar de rechter", "sinon". */
    private static final java.util.Set<String> LEGAL_STEP = java.util.Set.of("will", "ll", "going", "consider", "considering", "otherwise",
            "unless", "ga", "gaan", "zal", "stap", "stappen", "overweeg", "anders", "tenzij", "werde", "werden", "sonst", "erwage",
            "uberlege", "vais", "irai", "porterai", "saisir", "saisirai", "sinon", "envisage", "schakel", "inschakelen", "einschalten",
            "take", "nehme", "neem", "prendre", "contact", "contacteren", "contacter", "kontaktieren", "naar", "vor", "devant", "to",
            // a step already taken or being taken: "filing this with Kifid", "leg het voor aan", "bij de SKGZ neergelegd",
            // "an den Ombudsmann gewandt", "Schlichtungsstelle eingeschaltet", "je saisis" (not "file", "ingediend",
            // "saisi", "melden": "can my lawyer see the file?", "j'ai saisi le numéro", "Schaden melden")
            "filing", "leg", "voorleggen", "voorgelegd", "neergelegd", "gewandt", "eingeschaltet", "schalte", "eingereicht", "saisis");

    /**
     * A legal step taken or threatened ("my lawyer will contact you", "sinon je saisis le tribunal", "ik stap naar de
     * geschillencommissie"), a complaint; a legal matter only mentioned ("my lawyer asks for a copy", "a court summons
     * from your collections agency: what are my options?") is a high-risk matter but no complaint.
     */
    private static boolean legalStep(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, LEGAL) && m.unnegated(i, 2) && m.anyWithin(LEGAL_STEP, i - 4, i + 4, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of leaving a supplier: cancelling a contract, moving to another ("zeg … op", "stap … over", "op te zeggen",
     * "over te stappen" are found apart). Not "switch", "wechseln", "changer", "partir", "leave": they change a battery, a
     * plan or a password as often. "Cancel" only with a contract or everything as its object (not an order or a visit).
     */
    private static final java.util.Set<String> LEAVE = java.util.Set.of("opzeggen", "opzeg", "overstappen", "overstap", "kundigen",
            "kundige", "resilier", "resilie", "resilierai", "quitte", "quitterai");
    private static final java.util.Set<String> CANCEL = java.util.Set.of("cancel", "cancelling", "canceling");
    private static final java.util.Set<String> CONTRACTS = java.util.Set.of("subscription", "contract", "account", "membership",
            "everything", "policy", "plan", "service");
    private static final java.util.Set<String> OP = java.util.Set.of("op");
    private static final java.util.Set<String> OVER = java.util.Set.of("over");
    /** Weighing it: "I'm seriously considering cancelling", "ich überlege zu kündigen", "ik overweeg op te zeggen". */
    private static final java.util.Set<String> CONSIDER = java.util.Set.of("overweeg", "overweegt", "overwegen", "considering",
            "consider", "uberlege", "uberlegen", "erwage", "songe", "envisage", "reflechis");
    private static final java.util.Set<String> IF = java.util.Set.of("als", "if", "wenn", "falls", "si");
    private static final java.util.Set<String> OTHERWISE = java.util.Set.of("anders", "sonst", "sinon", "otherwise", "tenzij", "unless");
    /** "One more mistake and I'm cancelling", "nog één fout en ik zeg op", "noch ein Fehler", "encore une erreur". */
    private static final java.util.Set<String> ONE = java.util.Set.of("one", "nog", "noch", "encore");
    private static final java.util.Set<String> MISTAKE = java.util.Set.of("mistake", "error", "problem", "fout", "fouten", "probleem",
            "storing", "fehler", "panne", "erreur", "probleme", "keer", "time", "mal", "fois");
    /** The organisation as where the customer moves to: "overstappen naar jullie", "switch to you". */
    private static final java.util.Set<String> TO_US = java.util.Set.of("jullie", "u", "you", "ihnen", "euch", "vous", "your", "uw",
            "ihr", "ihre", "votre", "vos");
    /** The customer as subject after the verb; not "je", which there is Dutch "you" ("zeg je toch gewoon op?"). */
    private static final java.util.Set<String> I_AFTER = java.util.Set.of("ik", "ich");

    /**
     * A threat to leave (the explicit phrases, "naar de concurrent", "vais résilier", are the lexicon's SWITCH): weighing
     * it ("seriously considering cancelling my subscription", "ich überlege zu kündigen"), on a condition that something
     * is not done, in the same sentence ("si rien n'est fait d'ici la fin du mois, je résilie"), "otherwise I leave"
     * ("anders zeg ik op"), or after "one more mistake". The leave verb itself not negated ("if I don't cancel, does it
     * renew?"), not towards the organisation ("overstappen naar jullie"), not asked about ("kan ik dan opzeggen?").
     */
    private static boolean threatensToLeave(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (!leaves(m, i) || m.anyWithin(TO_US, i + 1, i + 4, i) || m.anyWithin(MODAL, i - 3, i - 1, i) || !m.unnegated(i, 1)
                    || m.anyWithin(NEGATION, i + 1, i + 2, i)) { // "if I don't cancel", "wat als ik niet opzeg", "ik zeg niet op"
                continue;
            }
            boolean customerLeaves = m.anyInSentence(FIRST_PERSON, i - 3, i - 1, i) || m.anyInSentence(I_AFTER, i + 1, i + 2, i);
            for (int j = Math.max(0, i - 12); j < i; j++) {
                if (m.sentenceOf(j) != m.sentenceOf(i)) {
                    continue;
                }
                String word = m.word(j);
                if (CONSIDER.contains(word) && j >= i - 5
                        || customerLeaves && OTHERWISE.contains(word) && j >= i - 4
                        || customerLeaves && IF.contains(word) && m.anyWithin(NEGATION, j + 1, i - 1, -1)
                        || customerLeaves && ONE.contains(word) && j + 2 < i && MISTAKE.contains(m.word(j + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb of leaving at word {@code i}: one of {@link #LEAVE}, "cancel" a contract, or a Dutch split verb. */
    private static boolean leaves(TaggedMessage m, int i) {
        String word = m.word(i);
        if (LEAVE.contains(word)) {
            return true;
        }
        if (CANCEL.contains(word)) {
            return m.anyWithin(CONTRACTS, i + 1, i + 3, i);
        }
        return word.equals("zeg") && m.anyInSentence(OP, i + 1, i + 4, i) || word.equals("stap") && m.anyInSentence(OVER, i + 1, i + 4, i)
                || word.equals("zeggen") && i >= 2 && m.word(i - 1).equals("te") && m.word(i - 2).equals("op")
                || word.equals("stappen") && i >= 2 && m.word(i - 1).equals("te") && m.word(i - 2).equals("over");
    }

    static boolean complains(TaggedMessage m) {
        boolean resolved = m.hasUnnegated(RESOLVED, 3);
        if (!resolved && (m.hasUnnegated(COMPLAINT_WORD, 3) || judgementNotAtTheBot(m) || notSatisfied(m))) {
            return true;
        }
        if (outrageNotAtTheBot(m) || m.has(FED_UP) && !m.has(BOT) && !Despair.told(m) && (m.has(YOU) || m.has(FAILURE) || m.has(AGAIN)) || !resolved && m.hasUnnegated(CHARGE_OBJECTION, 2) || m.hasUnnegated(SWITCH, 2)
                || legalStep(m) || threatensToLeave(m)) {
            return true;
        }
        if (m.has(COMPENSATION) && (m.has(FAILURE) || m.has(DAMAGE) || m.has(DAMAGE_BY))) {
            return true;
        }
        if (!resolved && m.has(DAMAGE_BY) && m.has(DAMAGE) && m.raw().indexOf('?') < 0) {
            // damage the organisation caused, told as a statement, even without a demand: "votre technicien a rayé le
            // parquet" (the brief's convention 2); not a request ("can your engineer fix the leak when he comes?")
            return true;
        }
        if (!resolved && Repetition.stretchOfTime(m) && (m.has(WAIT) || m.has(STILL_NOT))) {
            return true; // "2 Stunden in der Warteschleife", "4 weeks and still no refund"
        }
        if (!resolved && (Promises.broken(m) || m.count(FAILURE) >= 2 || stillNot(m) || chargedAfterCancelling(m))) {
            return true; // "beloofd ... maar niemand heeft gebeld", "beschädigt und keiner reagiert"
        }
        if (resolved || !m.has(FAILURE)) {
            return false;
        }
        if (Repetition.timesOrdinal(m) && m.has(BILL)) {
            return true; // "jullie hebben twee keer afgeschreven"
        }
        return m.has(AGAIN) || Repetition.timesOrdinal(m) || Repetition.stretchOfTime(m) || m.has(STILL_NOT)
                || m.near(FAILURE, BILL, 6) || m.has(DAMAGE_BY);
    }
}
