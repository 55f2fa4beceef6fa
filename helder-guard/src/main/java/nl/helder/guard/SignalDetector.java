package nl.helder.guard;

import java.util.Set;

/** Recognises {@link Signal}s in a customer message. Must run in time linear in the text's length. */
@FunctionalInterface
public interface SignalDetector {

    /** Returns the signals present; empty when there are none. */
    Set<Signal> detect(String text);
}
