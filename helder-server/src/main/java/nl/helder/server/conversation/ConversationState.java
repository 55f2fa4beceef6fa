package nl.helder.server.conversation;

/** Who a conversation is with. */
public enum ConversationState {
    /** The AI assistant answers. */
    BOT,
    /** A person was requested and has not joined yet. */
    WAITING_FOR_AGENT,
    /** A person answers. */
    WITH_AGENT,
    /** Ended; no new messages are accepted. */
    CLOSED
}
