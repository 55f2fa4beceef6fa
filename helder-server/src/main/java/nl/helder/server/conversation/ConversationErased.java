package nl.helder.server.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a conversation's content was erased, in the erasing transaction.
 *
 * @param reason "request" (data-subject request) or "retention"
 * @param actor  the staff member who erased it, or "system" for retention
 */
public record ConversationErased(UUID conversationId, String reason, String actor, Instant at) {
}
