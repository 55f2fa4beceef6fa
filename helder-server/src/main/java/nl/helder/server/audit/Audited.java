package nl.helder.server.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Publish this, inside the transaction of a change, to put that change in the audit trail, from features the
 * audit trail does not know (so it need not depend on them): e.g. an administrator's classification of an AI
 * system. {@code details} must hold no personal data.
 *
 * @param conversationId the conversation it concerns, or {@code null}
 */
public record Audited(String type, String actor, UUID conversationId, Map<String, ?> details, Instant at) {

    public Audited {
        details = Map.copyOf(details);
    }
}
