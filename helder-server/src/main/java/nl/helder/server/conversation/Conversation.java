package nl.helder.server.conversation;

import java.time.Instant;
import java.util.UUID;

/** A conversation's header; its messages are read separately. */
public record Conversation(UUID id, ConversationState state, String locale, Instant createdAt, Instant updatedAt) {
}
