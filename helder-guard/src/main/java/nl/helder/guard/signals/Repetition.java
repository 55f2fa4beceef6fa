package nl.helder.guard.signals;

import java.util.Set;

import static nl.helder.guard.signals.Concept.*;

/** Counting phrases the complaint and frustration rules share: "third time", "3x", "4 weeks". */
final class Repetition {

    /** Counts written as one word. */
    private static final Set<String> MULTIPLES = Set.of("tweemaal", "driemaal", "viermaal", "twice", "thrice", "zweimal", "dreimal",
            "viermal", "funfmal", "zigmal", "x-mal");
    /** Words before a period that make it a stretch without a number: "al weken", "seit Wochen", "for months", "depuis des mois". */
    private static final Set<String> SINCE = Set.of("al", "sinds", "seit", "for", "des", "already", "schon", "depuis");

    private Repetition() {
    }

    /** "3e keer", "third time", "3 fois", "zum vierten Mal", "5 times", "3x". */
    static boolean timesOrdinal(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if ((m.is(i, ORDINAL) || m.is(i, NUMBER)) && m.anyWithin(TIMES, i + 1, i + 2, i)) {
                return true;
            }
            String word = m.word(i);
            if (MULTIPLES.contains(word)) {
                return true;
            }
            if (word.length() >= 2 && word.length() <= 3 && word.charAt(word.length() - 1) == 'x' && Character.isDigit(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A number of days, weeks, months or hours: "al 5 weken", "2 Stunden", "ça fait 2 mois". */
    static boolean stretchOfTime(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if ((m.is(i, NUMBER) || SINCE.contains(m.word(i))) && m.anyWithin(PERIOD, i + 1, i + 1, i)) {
                return true;
            }
        }
        return false;
    }
}
