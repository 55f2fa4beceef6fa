package nl.helder.server.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * Published, in its transaction, for every act of a person on a conversation, so each is audited with its
 * time and actor.
 *
 * @param outcome the outcome of a {@link Kind#CLOSED}, else {@code null}
 */
public record AgentAction(UUID conversationId, Kind kind, String agent, AgentDesk.Outcome outcome, Instant at) {

    public enum Kind {
        CLAIMED, REPLIED, HANDED_BACK, CLOSED
    }
}
