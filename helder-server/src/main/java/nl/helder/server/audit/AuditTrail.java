package nl.helder.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Read access to the audit trail. Entries are only ever appended; nothing here changes them. */
public interface AuditTrail {

    /** The entries about one conversation, oldest first. */
    List<AuditEvent> forConversation(UUID conversationId);

    /** Entries in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<AuditEvent> between(Instant from, Instant to, int limit);

    /**
     * Recomputes the hash chain from the first entry to the newest and reports the first entry that was
     * changed, removed, inserted or moved.
     */
    ChainVerification verify();
}
