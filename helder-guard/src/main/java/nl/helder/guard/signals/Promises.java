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

    /** A promise and, anywhere after it, a negation or a failure ("promised a refund and still nothing"). */
    static boolean broken(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (PROMISED.contains(m.word(i))) {
                return m.anyWithin(Concept.NEGATION, i + 1, m.size() - 1, -1) || m.anyWithin(Concept.FAILURE, i + 1, m.size() - 1, -1)
                        || m.anyWithin(Concept.STILL_NOT, i + 1, m.size() - 1, -1);
            }
        }
        return false;
    }
}
