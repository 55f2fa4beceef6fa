package nl.helder.server.conversation;

/** What a message is; the widget renders each kind in its own way. */
public enum MessageKind {
    /** A customer's message (its stored, redacted text). */
    TEXT,
    /** The AI disclosure that opens every conversation. */
    DISCLOSURE,
    /** An answer from the knowledge base, with sources. */
    ANSWER,
    /** The assistant is unsure: up to three articles in {@code sources}, best first, for the customer to pick. */
    SUGGESTIONS,
    /** The assistant does not know, says so and offers a person. */
    NO_ANSWER,
    /** The conversation is being handed to a person. */
    HANDOFF,
    /** Information for the customer, e.g. that personal data was made unreadable. */
    NOTICE,
    /** The message was not processed (e.g. blocked input), with the reason. */
    REFUSAL,
    /** Written by a person. */
    AGENT
}
