package nl.helder.server.conversation;

import java.time.Instant;
import java.util.UUID;

/** Published when a conversation has been opened and its disclosure stored. */
public record ConversationStarted(UUID conversationId, String locale, Instant at) {
}
