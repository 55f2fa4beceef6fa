package nl.helder.server.conversation.internal;

import nl.helder.guard.Signal;
import nl.helder.server.handoff.HandoffReason;

import java.util.Set;

/** Which signals hand a conversation to a person, and which reason wins when several are present. */
final class HandoffPolicy {

    private HandoffPolicy() {
    }

    /** The reason to hand over for these signals, or null to let the assistant answer. */
    static HandoffReason fromSignals(Set<Signal> signals) {
        if (signals.contains(Signal.HIGH_RISK_TOPIC)) {
            return HandoffReason.HIGH_RISK_TOPIC;
        }
        if (signals.contains(Signal.HUMAN_REQUEST)) {
            return HandoffReason.HUMAN_REQUEST;
        }
        if (signals.contains(Signal.COMPLAINT)) {
            return HandoffReason.COMPLAINT;
        }
        if (signals.contains(Signal.FRUSTRATION)) {
            return HandoffReason.FRUSTRATION;
        }
        return null;
    }
}
