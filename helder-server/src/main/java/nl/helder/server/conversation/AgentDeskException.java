package nl.helder.server.conversation;

import java.util.UUID;

/** An agent action that is not allowed in the conversation's current state, or not by this agent. */
public class AgentDeskException extends RuntimeException {

    /** Why the action was refused. */
    public enum Reason {
        /** No such conversation. */
        NOT_FOUND,
        /** Another person has claimed it. */
        CLAIMED_BY_OTHER,
        /** The agent has not claimed it (claim it first). */
        NOT_CLAIMED,
        /** The action does not fit the state, e.g. claiming a conversation the assistant still has. */
        WRONG_STATE
    }

    private final Reason reason;
    private final UUID conversationId;

    public AgentDeskException(Reason reason, UUID conversationId, String message) {
        super(message);
        this.reason = reason;
        this.conversationId = conversationId;
    }

    public Reason reason() {
        return reason;
    }

    public UUID conversationId() {
        return conversationId;
    }
}
