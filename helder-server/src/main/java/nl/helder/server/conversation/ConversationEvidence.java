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

    /**
     * Of the conversations started in {@code [from, to)}: how many open with the disclosure as their very first
     * message (so before any answer), and how many got it in the conversation's own language.
     */
    DisclosureTiming timingBetween(Instant from, Instant to);

    record DisclosureTiming(long conversations, long disclosureFirst, long inConversationLanguage) {
    }

    /** Whether the conversation holds a disclosure message sent at or after {@code at} (e.g. after a hand-back). */
    boolean disclosedSince(UUID conversationId, Instant at);
}
