package nl.helder.server.conversation;

import nl.helder.server.handoff.HandoffReason;

import java.time.Instant;
import java.util.UUID;

/** Published, in its transaction, when a conversation is handed to a person; {@code agentsAvailable} false means the offline fallback was offered. */
public record HandoffRequested(UUID conversationId, HandoffReason reason, boolean agentsAvailable, Instant at) {
}
