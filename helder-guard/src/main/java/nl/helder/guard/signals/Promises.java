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
     * Words that say how long ago something was: "that was a week ago", "twee weken geleden", "we zijn nu een maand
     * verder", "das ist jetzt zwei Wochen her", "trois semaines sont passées". Each counts only right after a unit of
     * time (see {@link #unit}): alone, "her" is an English pronoun, "verder" Dutch for "further", "passe" a French verb.
     */
    private static final Set<String> AGO = Set.of("ago", "geleden", "verder", "her", "vorbei", "passe", "passes", "passee", "passees",
            "ecoulees", "ecoule", "ecoules", "voorbij");

    /**
     * A promise and, anywhere after it, a negation or a failure ("promised a refund and still nothing"), or the time
     * it gave gone by: a unit of time of at least a day followed by "ago" ("I was promised a call-back within 24 hours.
     * That was a week ago."), larger than the unit the promise named, if it named one ("binnen een week … twee dagen
     * geleden" is no broken promise; neither is "two hours ago").
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
        int promised = 0;
        for (int j = promise + 1; j < m.size(); j++) {
            if (!AGO.contains(m.word(j))) {
                int unit = unit(m.word(j));
                if (unit > 0 && promised == 0 && !followedByAgo(m, j)) {
                    promised = unit; // the first unit after the promise, unless it is already the time gone by
                }
                continue;
            }
            for (int k = j - 1; k >= Math.max(promise + 1, j - 3); k--) {
                int elapsed = unit(m.word(k));
                if (elapsed >= DAY && elapsed > promised) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean followedByAgo(TaggedMessage m, int at) {
        for (int k = at + 1; k <= Math.min(m.size() - 1, at + 3); k++) {
            if (AGO.contains(m.word(k))) {
                return true;
            }
        }
        return false;
    }

    private static final int DAY = 2;

    /** 1 for hours, 2 days, 3 weeks, 4 months, 5 years; 0 for any other word. */
    static int unit(String word) {
        return switch (word) {
            case "uur", "uren", "hour", "hours", "stunde", "stunden", "heure", "heures", "minuten", "minutes", "min" -> 1;
            case "dag", "dagen", "werkdag", "werkdagen", "day", "days", "tag", "tage", "tagen", "werktag", "werktage", "werktagen",
                    "jour", "jours" -> DAY;
            case "week", "weken", "weeks", "woche", "wochen", "semaine", "semaines" -> 3;
            case "maand", "maanden", "month", "months", "monat", "monate", "monaten", "mois" -> 4;
            case "jaar", "jaren", "year", "years", "jahr", "jahre", "jahren", "ans", "annee", "annees" -> 5;
            default -> 0;
        };
    }
}
