package nl.helder.guard.signals;

import static nl.helder.guard.signals.Concept.*;

/**
 * Whether the customer asks what they are talking to ("praat ik met een mens?", "am I talking to a real person?",
 * "bist du ein Mensch?", "es-tu un humain ?"): a question about the assistant, which it answers plainly, not a request
 * for a person, unless the message also wishes, pleads or asks for a call.
 */
final class IdentityQuestions {

    /** Openings of the question, as word sequences: "praat ik met", "am i talking", "is this a", "bist du", ... */
    private static final String[][] OPENINGS = {
            {"praat", "ik", "met"}, {"spreek", "ik", "met"}, {"chat", "ik", "met"}, {"ben", "je"}, {"ben", "jij"}, {"bent", "u"},
            {"is", "dit", "een"},
            {"am", "i", "talking"}, {"am", "i", "speaking"}, {"am", "i", "chatting"}, {"is", "this", "a"}, {"are", "you", "a"},
            {"are", "you", "human"}, {"are", "you", "real"},
            {"spreche", "ich", "mit"}, {"rede", "ich", "mit"}, {"chatte", "ich", "mit"}, {"bist", "du"}, {"sind", "sie", "ein"},
            {"ist", "das", "ein"},
            {"je", "parle", "a"}, {"est", "ce", "que", "je", "parle"}, {"es", "tu"}, {"etes", "vous"}, {"c", "est", "un"}};

    private IdentityQuestions() {
    }

    /** Whether the message asks what it is talking to and asks for nothing more. */
    static boolean onlyAsksWhatItTalksTo(TaggedMessage m) {
        if (m.has(WISH) || m.has(PLEASE) || m.has(CALLBACK) || m.has(TRANSFER) || m.raw().indexOf('?') < 0 || m.size() > 12) {
            return false;
        }
        return m.containsAny(OPENINGS) && (m.has(PERSON) || m.has(BOT) || m.has(REAL));
    }
}
