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
     * Verbs of leaving: cancelling, moving to another supplier ("zeg … op" and "stap … over" are found apart). Not
     * "switch", "wechseln", "changer", "partir", "leave": they change a battery, a plan or a password as often.
     */
    private static final java.util.Set<String> LEAVE = java.util.Set.of("opzeggen", "opzeg", "overstappen", "overstap", "cancel",
            "cancelling", "canceling", "kundigen", "kundige", "resilier", "resilie", "resilierai", "quitte", "quitterai");
    /** Weighing it: "I'm seriously considering cancelling", "ich überlege zu wechseln", "je songe à changer". */
    private static final java.util.Set<String> CONSIDER = java.util.Set.of("overweeg", "overweegt", "overwegen", "considering",
            "consider", "uberlege", "uberlegen", "erwage", "songe", "envisage", "reflechis");
    private static final java.util.Set<String> IF = java.util.Set.of("als", "if", "wenn", "falls", "si");
    private static final java.util.Set<String> OTHERWISE = java.util.Set.of("anders", "sonst", "sinon", "otherwise", "tenzij", "unless");
    /** "One more mistake and I'm cancelling", "nog één fout en ik zeg op", "noch ein Fehler", "encore une erreur". */
    private static final Phrases ONE_MORE = Phrases.of("one more|nog een|nog 1|noch ein|noch eine|noch einmal|encore une|encore un");
    /** The organisation as where the customer moves to: "switching to your green tariff", "overstappen naar jullie". */
    private static final java.util.Set<String> TO_US = java.util.Set.of("jullie", "u", "you", "ihnen", "euch", "vous", "your", "uw", "ihr",
            "ihre", "votre", "vos");

    /**
     * A threat to leave: weighing it ("seriously considering cancelling", "überlege ernsthaft zu wechseln") or on a
     * condition that something is not done ("si rien n'est fait d'ici la fin du mois, je résilie", "wenn das nicht gelöst
     * ist, kündige ich"). Not leaving for the organisation ("ik overweeg over te stappen naar jullie") or a plain request
     * to cancel ("ik wil mijn abonnement opzeggen").
     */
    static boolean threatensToLeave(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (!leaves(m, i) || m.anyWithin(TO_US, i + 1, i + 3, i) || m.anyWithin(MODAL, i - 3, i - 1, i)) {
                continue; // "overstappen naar jullie", "als het niet werkt, kan ik dan opzeggen?"
            }
            int sentence = m.sentenceOf(i);
            boolean customerLeaves = m.anyWithin(FIRST_PERSON, i - 3, i + 2, i); // "je résilie", "kündige ich", "I'm cancelling"
            for (int j = Math.max(0, i - 12); j < i; j++) {
                boolean sameSentence = m.sentenceOf(j) == sentence;
                if (CONSIDER.contains(m.word(j)) && j >= i - 5 && sameSentence
                        || customerLeaves && OTHERWISE.contains(m.word(j)) && j >= i - 4 && sameSentence
                        || customerLeaves && IF.contains(m.word(j)) && sameSentence && m.anyWithin(NEGATION, j + 1, i - 1, -1)) {
                    return true; // "seriously considering cancelling", "sonst kündige ich", "si rien n'est fait, je résilie"
                }
            }
            if (customerLeaves && ONE_MORE.in(m)) {
                return true;
            }
        }
        return false;
    }

    /** A verb of leaving at word {@code i}, or the Dutch split verbs "zeg … op" and "stap … over". */
    private static boolean leaves(TaggedMessage m, int i) {
        String word = m.word(i);
        if (LEAVE.contains(word)) {
            return true;
        }
        return (word.equals("zeg") && m.anyWithin(java.util.Set.of("op"), i + 1, i + 4, i))
                || (word.equals("stap") && m.anyWithin(java.util.Set.of("over"), i + 1, i + 4, i));
    }

    static boolean complains(TaggedMessage m) {
        boolean resolved = m.hasUnnegated(RESOLVED, 3);
        if (!resolved && (m.hasUnnegated(COMPLAINT_WORD, 3) || judgementNotAtTheBot(m) || notSatisfied(m))) {
            return true;
        }
        if (outrageNotAtTheBot(m) || m.has(FED_UP) && !m.has(BOT) && (m.has(YOU) || m.has(FAILURE) || m.has(AGAIN)) || !resolved && m.hasUnnegated(CHARGE_OBJECTION, 2) || m.hasUnnegated(SWITCH, 2)
                || legalStep(m) || threatensToLeave(m)) {
            return true;
        }
        if (m.has(COMPENSATION) && (m.has(FAILURE) || m.has(DAMAGE) || m.has(DAMAGE_BY))) {
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
