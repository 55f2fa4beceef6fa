package nl.helder.server.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Messages customers leave for a person when nobody is available. The message is stored as the privacy
 * guard redacted it; the contact address is the one the customer gave for the reply.
 */
public interface Tickets {

    /** Opens a ticket and returns it with its reference number (e.g. {@code HLD-7K3Q9P}). */
    Ticket open(UUID conversationId, String contact, String redactedMessage, HandoffReason reason, Instant at);

    List<Ticket> forConversation(UUID conversationId);

    /** The newest open tickets, at most {@code limit}. */
    List<Ticket> open(int limit);

    /** Marks an open ticket handled by {@code actor}; empty when no open ticket has that reference. */
    java.util.Optional<Ticket> close(String reference, String actor, Instant at);

    void deleteFor(UUID conversationId);

    /** Deletes tickets created before {@code cutoff}; returns how many. */
    int deleteCreatedBefore(Instant cutoff);

    record Ticket(UUID id, String reference, UUID conversationId, String contact, String message, HandoffReason reason,
                  String status, Instant createdAt) {
    }
}
