package nl.helder.server.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail: what was decided, when, by whom, about which conversation. {@code details}
 * is JSON without personal data (types and counts, never values).
 */
public record AuditEvent(UUID id, Instant occurredAt, String type, String actor, UUID conversationId, String details) {
}
