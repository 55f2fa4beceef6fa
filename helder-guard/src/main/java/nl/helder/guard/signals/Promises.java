package nl.helder.guard.signals;

import java.util.Set;

/**
 * Broken promises: "er is me beloofd dat ik teruggebeld zou worden, maar niemand heeft gebeld" is a complaint about
 * a call-back that never came, not a new request for one.
 */
final class Promises {

    private static final Set<String> PROMISED = Set.of("beloofd", "beloofde", "toegezegd", "promised", "versprochen", "zugesagt",
            "promis", "promise", "promesse", "beloofden", "verzekerd", "assured", "guaranteed", "gegarandeerd", "garantiert", "assure", "garanti",
            // announced: "der angekündigte Rückruf ist nie erfolgt"
            "aangekondigd", "aangekondigde", "announced", "angekundigt", "angekundigte", "angekundigten");

    private Promises() {
    }

    /**
     * Whether a promise word stands in the sentence of word {@code at}, at most eight words before it or five after ("mij is
     * beloofd dat ik binnen 48 uur zou worden teruggebeld"; not "You promised a refund. I want a callback today.").
     */
    static boolean promisedNear(TaggedMessage m, int at) {
        return m.anyInSentence(PROMISED, at - 8, at + 5, at);
    }

    /**
     * Words that say how long ago something was, right after its unit of time: "a week ago", "twee weken geleden", "zwei
     * Wochen her". Alone, "her" is an English pronoun ("call her"): only the unit right before it makes it "ago".
     */
    private static final Set<String> AGO = Set.of("ago", "geleden", "her");
    /**
     * Words that say time has gone by only after a word of "now" or "are": "we zijn nu een maand verder", "jetzt zwei
     * Wochen vorbei", "trois semaines sont passées". Without it they are "further on", a visit ("schaut … vorbei") or
     * "last" ("la semaine passée").
     */
    private static final Set<String> GONE_BY = Set.of("verder", "vorbei", "voorbij", "passe", "passes", "passee", "passees",
            "ecoulees", "ecoule", "ecoules", "ecoulee");
    private static final Set<String> NOW = Set.of("nu", "inmiddels", "jetzt", "schon", "already", "now", "deja", "sont", "zijn", "sind");

    /**
     * A promise and, anywhere after it, a negation or a failure ("promised a refund and still nothing"), or the time
     * it gave gone by ({@link #elapsedAfter}: "I was promised a call-back within 24 hours. That was a week ago.").
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

    /**
     * Whether, after the promise at {@code promise}, a stretch of time of at least a day has gone by that is longer than
     * the stretch the promise gave (when it gave one): "within 24 hours … a week ago", "binnen vijf werkdagen … nu drie
     * weken verder"; not "binnen 72 uur … twee dagen geleden", nor "two hours ago".
     */
    private static boolean elapsedAfter(TaggedMessage m, int promise) {
        double promised = 0;
        // the stretch the promise gave may stand before it: "binnen 72 uur een monteur beloofd"
        for (int j = Math.max(0, promise - 8); j < promise && promised == 0; j++) {
            if (m.sentenceOf(j) == m.sentenceOf(promise) && !goneBy(m, j)) {
                promised = hours(m, j);
            }
        }
        for (int j = promise + 1; j < m.size(); j++) {
            double hours = hours(m, j);
            if (hours == 0) {
                continue;
            }
            if (!goneBy(m, j)) {
                if (promised == 0) {
                    promised = hours; // the first stretch after the promise is the one it gave
                }
            } else if (hours >= 24 && hours > promised) {
                return true;
            }
        }
        return false;
    }

    /** Whether the unit of time at {@code at} is followed by "ago", or by "gone by" after a word of now. */
    private static boolean goneBy(TaggedMessage m, int at) {
        if (at + 1 < m.size() && AGO.contains(m.word(at + 1))) {
            return true;
        }
        int after = at + 1 < m.size() && NOW.contains(m.word(at + 1)) ? at + 2 : at + 1; // "trois semaines sont passées"
        if (after >= m.size() || !GONE_BY.contains(m.word(after))) {
            return false;
        }
        return m.anyWithin(NOW, at - 4, after - 1, -1);
    }

    /** The stretch of time named by the unit at {@code at} with the number before it ("72 uur", "drie weken", "a week"), in hours; 0 if none. */
    private static double hours(TaggedMessage m, int at) {
        double unit = unitHours(m.word(at));
        if (unit == 0) {
            return 0;
        }
        return unit * (at > 0 ? count(m.word(at - 1)) : 1);
    }

    /** A number before a unit, in digits or one of the first twelve words; 1 for anything else ("a", "een", "einen"). */
    static double count(String word) {
        if (!word.isEmpty() && word.length() <= 4 && word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return switch (word) {
            case "twee", "two", "zwei", "deux" -> 2;
            case "drie", "three", "drei", "trois" -> 3;
            case "vier", "four", "quatre" -> 4;
            case "vijf", "five", "funf", "cinq" -> 5;
            case "zes", "six", "sechs" -> 6;
            case "zeven", "seven", "sieben", "sept" -> 7;
            case "acht", "eight", "huit" -> 8;
            case "negen", "nine", "neun", "neuf" -> 9;
            case "tien", "ten", "zehn", "dix" -> 10;
            case "elf", "eleven", "onze" -> 11;
            case "twaalf", "twelve", "zwolf", "douze" -> 12;
            default -> 1;
        };
    }

    /** Hours in one of the unit at hand: minutes, hours, (working) days, weeks, months, years; 0 for any other word. */
    static double unitHours(String word) {
        return switch (word) {
            case "minuut", "minuten", "minute", "minutes", "min" -> 1.0 / 60;
            case "uur", "uren", "hour", "hours", "stunde", "stunden", "heure", "heures" -> 1;
            case "dag", "dagen", "werkdag", "werkdagen", "day", "days", "tag", "tage", "tagen", "werktag", "werktage", "werktagen",
                    "jour", "jours" -> 24;
            case "week", "weken", "weeks", "woche", "wochen", "semaine", "semaines" -> 24 * 7;
            case "maand", "maanden", "month", "months", "monat", "monate", "monaten", "mois" -> 24 * 30;
            case "jaar", "jaren", "year", "years", "jahr", "jahre", "jahren", "ans", "annee", "annees" -> 24 * 365;
            default -> 0;
        };
    }
}
