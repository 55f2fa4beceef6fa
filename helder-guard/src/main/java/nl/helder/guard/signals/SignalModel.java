package nl.helder.guard.signals;

import nl.helder.guard.Signal;

import java.util.Set;

/** Placeholder: the statistical model follows. */
final class SignalModel {

    static SignalModel standard() {
        return null;
    }

    void addDetected(TaggedMessage message, Set<Signal> signals) {
    }
}
