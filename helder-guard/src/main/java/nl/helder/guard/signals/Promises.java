package nl.helder.guard.signals;

import java.util.Set;

/**
 * Broken promises: "er is me beloofd dat ik teruggebeld zou worden, maar niemand heeft gebeld" is a complaint about
 * a call-back that never came, not a new request for one.
 */
final class Promises {

    private static final Set<String> PROMISED = Set.of("beloofd", "beloofde", "toegezegd", "promised", "versprochen", "zugesagt",
            "promis", "promise", "promesse", "beloofden", "verzekerd", "assured", "guaranteed", "gegarandeerd", "garantiert", "assure", "garanti");

    private Promises() {
    }

    /** Whether a promise word stands within five words of word {@code at}. */
    static boolean promisedNear(TaggedMessage m, int at) {
        for (int j = Math.max(0, at - 5); j <= Math.min(m.size() - 1, at + 5); j++) {
            if (PROMISED.contains(m.word(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that say the time a promise gave has passed: "that was a week ago", "we zijn nu drie weken verder", "das
     * ist jetzt zwei Wochen her", "c'était il y a dix jours" ("il y a" is read by its "y"-less word "il": too common, so
     * French counts on "depuis" and "passe").
     */
    private static final Set<String> ELAPSED = Set.of("ago", "since", "geleden", "verder", "inmiddels", "intussen", "her", "mittlerweile",
            "inzwischen", "depuis", "passe", "passes", "passee", "passees", "entretemps");

    /**
     * A promise and, anywhere after it, a negation or a failure ("promised a refund and still nothing"), or the time
     * it gave gone by ("I was promised a call-back within 24 hours. That was a week ago.").
     */
    static boolean broken(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (PROMISED.contains(m.word(i))) {
                return m.anyWithin(Concept.NEGATION, i + 1, m.size() - 1, -1) || m.anyWithin(Concept.FAILURE, i + 1, m.size() - 1, -1)
                        || m.anyWithin(Concept.STILL_NOT, i + 1, m.size() - 1, -1) || elapsedAfter(m, i);
            }
        }
        return false;
    }

    private static boolean elapsedAfter(TaggedMessage m, int promise) {
        for (int j = promise + 1; j < m.size(); j++) {
            if (ELAPSED.contains(m.word(j))) {
                return true;
            }
        }
        return false;
    }
}
