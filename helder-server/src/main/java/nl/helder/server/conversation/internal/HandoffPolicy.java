package nl.helder.server.conversation.internal;

import nl.helder.guard.Signal;
import nl.helder.server.handoff.HandoffProperties;
import nl.helder.server.handoff.HandoffReason;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Which signals hand a conversation to a person (as configured in {@code helder.handoff.automatic}), which
 * reason wins when several are present, and when unanswered questions do.
 */
@Component
class HandoffPolicy {

    /** Most decisive first: a high-risk matter is handled as such even when the customer also asked for a person. */
    private static final List<HandoffReason> PRECEDENCE = List.of(HandoffReason.HIGH_RISK_TOPIC, HandoffReason.HUMAN_REQUEST,
            HandoffReason.COMPLAINT, HandoffReason.FRUSTRATION);

    private final HandoffProperties properties;

    HandoffPolicy(HandoffProperties properties) {
        this.properties = properties;
    }

    /** The reason to hand over for these signals, or null to let the assistant answer. */
    HandoffReason fromSignals(Set<Signal> signals) {
        for (HandoffReason reason : PRECEDENCE) {
            if (properties.automatic().contains(reason) && signals.contains(Signal.valueOf(reason.name()))) {
                return reason;
            }
        }
        return null;
    }

    /**
     * Whether this {@code NO_ANSWER} hands over, given how many the assistant gave in a row just before it.
     */
    boolean handsOverAfterNoAnswer(int noAnswersBefore) {
        return properties.automatic().contains(HandoffReason.REPEATED_NO_ANSWER) && noAnswersBefore + 1 >= properties.noAnswersInARow();
    }
}
