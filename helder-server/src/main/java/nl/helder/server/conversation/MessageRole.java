package nl.helder.server.conversation;

/** Who wrote a message. */
public enum MessageRole {
    CUSTOMER, ASSISTANT, AGENT
}
