package nl.helder.guard.signals;

import static nl.helder.guard.signals.Concept.*;

/**
 * Whether the customer asks what they are talking to ("praat ik met een mens?", "am I talking to a real person?",
 * "bist du ein Mensch?", "es-tu un humain ?", "met wie spreek ik?"): a question about the assistant, which it answers plainly, not a request
 * for a person, unless the message also wishes, pleads or asks for a call.
 */
final class IdentityQuestions {

    /** Openings of the question that name what is asked about: "praat ik met een mens", "are you a bot", "bist du ein Roboter". */
    private static final String[][] OPENINGS = {
            {"praat", "ik", "met"}, {"spreek", "ik", "met"}, {"chat", "ik", "met"}, {"ben", "je"}, {"ben", "jij"}, {"bent", "u"},
            {"am", "i", "talking"}, {"am", "i", "speaking"}, {"am", "i", "chatting"}, {"are", "you"},
            {"spreche", "ich", "mit"}, {"rede", "ich", "mit"}, {"chatte", "ich", "mit"}, {"bist", "du"}, {"sind", "sie", "ein"},
            {"je", "parle", "a"}, {"est", "ce", "que", "je", "parle"}, {"es", "tu"}, {"etes", "vous"}};
    /**
     * "Is dit een robot?", "is this a real person?": about the chat only when that is all the message says; "is dit een
     * medewerker van jullie die belde?", "is this a real person calling me …" ask about someone else.
     */
    private static final String[][] THIS = {{"is", "dit", "een"}, {"is", "this", "a"}, {"ist", "das", "ein"}, {"c", "est", "un"}};
    private static final int MAX_THIS_WORDS = 7;

    /** "Who am I talking to?": asks what it talks to by itself, without naming a person or a bot. */
    private static final String[][] WHO = {
            {"met", "wie", "spreek", "ik"}, {"met", "wie", "praat", "ik"}, {"met", "wie", "chat", "ik"},
            {"who", "am", "i", "talking"}, {"who", "am", "i", "speaking"}, {"who", "am", "i", "chatting"},
            {"mit", "wem", "spreche", "ich"}, {"mit", "wem", "rede", "ich"}, {"mit", "wem", "chatte", "ich"},
            {"a", "qui", "je", "parle"}, {"a", "qui", "est", "ce", "que", "je", "parle"}, {"je", "parle", "a", "qui"}};
    /** {@link #WHO}, found anywhere in a message. */
    private static final Phrases WHO_ANYWHERE = Phrases.of(WHO);

    private IdentityQuestions() {
    }

    /** Articles and "real" that may stand between an opening and what it asks about: "ben je <een echte> mens". */
    private static final java.util.Set<String> BETWEEN = java.util.Set.of("een", "echte", "echt", "a", "an", "real", "actual",
            "live", "human", "ein", "eine", "einem", "einen", "echter", "echten", "richtiger", "un", "une", "vrai", "vraie",
            "menselijke", "levende", "of", "or", "oder", "ou", "met", "with", "mit", "avec", "gewoon", "just", "nur", "juste", "to",
            "tegen", "zu");
    /** Words that may follow "met wie spreek ik" and keep it a question about the chat: "… eigenlijk?", "… right now?". */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("eigenlijk", "nu", "nou", "hier", "now", "here", "to",
            "actually", "right", "then", "jetzt", "gerade", "eigentlich", "denn", "la", "maintenant", "donc", "alors");
    /** The opening must come first, after at most a greeting or two words ("Hoi, ben je een mens?"). */
    private static final int OPENING_FROM = 2;

    /**
     * Whether a message asks what the customer is talking to, phrased as that question: an opening at its start and,
     * right after it (only articles and "real" between), a word for a person or a machine ("ben je een echte mens",
     * "are you a bot", "praat ik met een mens of met een computer", "c'est un robot"), or "met wie spreek ik" with at
     * most a filler after it. "Ben je verplicht om een adviseur te nemen?", "Who am I talking to about my refund?" and
     * "Met wie spreek ik de oplevering af?" ask about something else. It may ask for more besides ("ben je een mens?
     * ik wil een medewerker"): the request is judged on its own.
     */
    static boolean asksWhatItTalksTo(TaggedMessage m) {
        if (m.size() > 12) {
            return false;
        }
        for (int i = 0; i <= Math.min(OPENING_FROM, m.size() - 1); i++) {
            for (String[] who : WHO) {
                if (m.wordsAt(i, who) && onlyFillersFrom(m, i + who.length)) {
                    return true;
                }
            }
            if (namedAfterAny(m, i, OPENINGS) || m.size() <= MAX_THIS_WORDS && namedAfterAny(m, i, THIS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code openings} stands at word {@code i} and names a person or a machine right after it. */
    private static boolean namedAfterAny(TaggedMessage m, int i, String[][] openings) {
        for (String[] opening : openings) {
            if (m.wordsAt(i, opening) && namesWhatItIs(m, i + opening.length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message ends at {@code from}, or its next word is a filler and it ends (or a new sentence starts) after it. */
    private static boolean onlyFillersFrom(TaggedMessage m, int from) {
        int i = from;
        while (i < m.size() && FILLERS.contains(m.word(i)) && i < from + 3) {
            i++;
        }
        return i >= m.size() || m.sentenceOf(i) != m.sentenceOf(from - 1);
    }

    /** Whether a person, machine or "real" word follows {@code from} with only articles, "real" and "or" in between. */
    private static boolean namesWhatItIs(TaggedMessage m, int from) {
        for (int i = from; i < m.size() && i < from + 4; i++) {
            if (m.is(i, PERSON) && !"je".equals(m.word(i)) || m.is(i, BOT) || m.is(i, REAL) && (i == m.size() - 1 || m.sentenceOf(i + 1) != m.sentenceOf(i))) {
                return true;
            }
            if (!BETWEEN.contains(m.word(i))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the message asks what it is talking to, as a question, and asks for nothing more. */
    static boolean onlyAsksWhatItTalksTo(TaggedMessage m) {
        // "met wie spreek ik" is a question by its words alone; "ik praat met een mens" needs its question mark
        return !(m.has(WISH) || m.has(PLEASE) || m.has(CALLBACK) || m.has(TRANSFER))
                && (m.raw().indexOf('?') >= 0 || WHO_ANYWHERE.in(m)) && asksWhatItTalksTo(m);
    }
}
