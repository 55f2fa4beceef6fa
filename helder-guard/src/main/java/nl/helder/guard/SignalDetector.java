package nl.helder.guard;

import java.util.Set;

/** Recognises {@link Signal}s in a customer message. Must run in time linear in the text's length. */
@FunctionalInterface
public interface SignalDetector {

    /** Returns the signals present; empty when there are none. */
    Set<Signal> detect(String text);

    /**
     * The signals and whether the customer asks what they are talking to, a person or a machine ("ben jij een
     * mens?"), read in one pass. A detector that cannot tell the second says no.
     */
    default Reading read(String text) {
        return new Reading(detect(text), false);
    }

    /**
     * What a detector read in one message.
     *
     * @param signals           the signals present
     * @param asksWhatItTalksTo the customer asks whether they talk to a person or a machine (AI Act Art. 50(1):
     *                          the answer must say plainly that it is an AI)
     */
    record Reading(Set<Signal> signals, boolean asksWhatItTalksTo) {
        public Reading {
            signals = Set.copyOf(signals);
        }
    }
}
