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
            {"am", "i", "talking"}, {"am", "i", "speaking"}, {"am", "i", "chatting"}, {"are", "you", "a"},
            {"are", "you", "human"}, {"are", "you", "real"},
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

    private IdentityQuestions() {
    }

    /**
     * Whether a short message asks what the customer is talking to, in question word order ("ben je een robot",
     * "met wie spreek ik?"); it may ask for more besides ("ben je een mens? ik wil een medewerker").
     */
    static boolean asksWhatItTalksTo(TaggedMessage m) {
        boolean opening = m.containsAny(OPENINGS) || m.size() <= MAX_THIS_WORDS && m.containsAny(THIS);
        return m.size() <= 12 && (m.containsAny(WHO) || opening && (m.has(PERSON) || m.has(BOT) || realOnItsOwn(m)));
    }

    /**
     * "Ben je echt?", "are you real?", "echt een mens": "real" asks about the assistant only at the end or before a
     * person; "is dit een echte aanbieding", "are you real estate agents" are about something else.
     */
    private static boolean realOnItsOwn(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, REAL) && (i == m.size() - 1 || m.is(i + 1, PERSON) || m.is(i + 1, BOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message asks what it is talking to, as a question, and asks for nothing more. */
    static boolean onlyAsksWhatItTalksTo(TaggedMessage m) {
        // "met wie spreek ik" is a question by its words alone; "ik praat met een mens" needs its question mark
        return !(m.has(WISH) || m.has(PLEASE) || m.has(CALLBACK) || m.has(TRANSFER))
                && (m.raw().indexOf('?') >= 0 || m.containsAny(WHO)) && asksWhatItTalksTo(m);
    }
}
