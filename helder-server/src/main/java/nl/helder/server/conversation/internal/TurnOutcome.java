package nl.helder.server.conversation.internal;

import nl.helder.guard.InjectionAssessment;
import nl.helder.server.assistant.Answer;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.handoff.HandoffReason;

import java.util.List;
import java.util.Set;

/**
 * What one customer message leads to, decided once by {@link TurnPolicy} and then stored as it says: which
 * messages the assistant writes, and whether the conversation goes to a person. The state a turn leaves the
 * conversation in follows from the outcome, not from a combination of flags.
 */
sealed interface TurnOutcome {

    /** A message the assistant writes: its kind, and the answer whose text, sources and confidence it carries. */
    record Reply(MessageKind kind, Answer answer) {
    }

    /** The assistant's messages when the turn stays with the assistant, in order. */
    default List<Reply> replies() {
        return List.of();
    }

    /** Why this outcome hands the conversation to a person, or {@code null} when it does not. */
    default HandoffReason handoff() {
        return null;
    }

    /** The messages that come before the hand-off message when it hands over. */
    default List<Reply> beforeHandoff() {
        return List.of();
    }

    /**
     * Whether the question stays unanswered: then it may be the one too many in a row that hands over
     * ({@link TurnPolicy#handsOverAfter}), which is decided when the turn is stored, under the conversation's lock.
     */
    default boolean unanswered() {
        return false;
    }

    /** The {@code outcome} tag of the {@code helder.turns} counter, or {@code null} when the assistant did not answer. */
    default String metric() {
        return null;
    }

    /** A person handles the conversation: the message is stored for them and the assistant says nothing. */
    record ForPerson() implements TurnOutcome {
    }

    /** Answered from the knowledge base, with sources. */
    record Answered(Answer answer) implements TurnOutcome {
        @Override
        public List<Reply> replies() {
            return List.of(new Reply(MessageKind.ANSWER, answer));
        }

        @Override
        public String metric() {
            return "ANSWER";
        }
    }

    /** Unsure: articles offered to choose from. */
    record Suggested(Answer suggestions) implements TurnOutcome {
        @Override
        public List<Reply> replies() {
            return List.of(new Reply(MessageKind.SUGGESTIONS, suggestions));
        }

        @Override
        public String metric() {
            return "SUGGESTIONS";
        }
    }

    /** The assistant does not know. */
    record NotAnswered(Answer noAnswer) implements TurnOutcome {
        @Override
        public List<Reply> replies() {
            return List.of(new Reply(MessageKind.NO_ANSWER, noAnswer));
        }

        @Override
        public boolean unanswered() {
            return true;
        }

        @Override
        public String metric() {
            return "NO_ANSWER";
        }
    }

    /**
     * Handed to a person for {@code reason}. For a sensitive matter the customer also gets {@code information}: the
     * approved article's answer, so they have the facts while they wait or when nobody is available; {@code null}
     * when no article answers it, or when the reason is not one that gets information.
     */
    record HandedOver(HandoffReason reason, Answer information) implements TurnOutcome {
        @Override
        public HandoffReason handoff() {
            return reason;
        }

        @Override
        public List<Reply> beforeHandoff() {
            return information == null ? List.of() : List.of(new Reply(MessageKind.ANSWER, information));
        }

        @Override
        public String metric() {
            return information == null ? null : "ANSWER";
        }
    }

    /** The message tried to steer the assistant: a polite refusal, nothing acted on. */
    record Refused(InjectionAssessment injection, Answer refusal) implements TurnOutcome {
        @Override
        public List<Reply> replies() {
            return List.of(new Reply(MessageKind.REFUSAL, refusal));
        }

        @Override
        public String metric() {
            return "NO_ANSWER";
        }
    }

    /** Asked whether it is a person, the assistant says plainly that it is an AI (a repeated disclosure). */
    record IdentityAnswered(Answer identity) implements TurnOutcome {
        @Override
        public List<Reply> replies() {
            return List.of(new Reply(MessageKind.DISCLOSURE, identity));
        }
    }

    /** The answer failed the output guard: the customer gets "I don't know" instead, never the flagged text. */
    record Withheld(Set<String> checks, Answer noAnswer) implements TurnOutcome {
        @Override
        public List<Reply> replies() {
            return List.of(new Reply(MessageKind.NO_ANSWER, noAnswer));
        }

        @Override
        public boolean unanswered() {
            return true;
        }

        @Override
        public String metric() {
            return "NO_ANSWER";
        }
    }
}
