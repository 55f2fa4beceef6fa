package nl.helder.server.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Published when personal data was made unreadable in a customer message, inside the transaction that stores
 * it. Carries the types and counts only, never the values.
 */
public record PersonalDataRedacted(UUID conversationId, Map<String, Integer> countsByType, Instant at) {
}
