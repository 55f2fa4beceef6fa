package nl.helder.server.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the evidence conversations leave, for compliance reports. */
public interface ConversationEvidence {

    Optional<DisclosureRecord> disclosureOf(UUID conversationId);

    /** Disclosures sent in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<DisclosureRecord> disclosuresBetween(Instant from, Instant to, int limit);

    /** How many conversations started in {@code [from, to)}, and how many of them have a disclosure record. */
    DisclosureCoverage coverageBetween(Instant from, Instant to);

    record DisclosureCoverage(long conversations, long disclosed, long displayConfirmed) {
    }
}
