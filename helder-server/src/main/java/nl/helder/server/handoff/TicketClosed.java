package nl.helder.server.handoff;

import java.time.Instant;
import java.util.UUID;

/** Published, in its transaction, when a person marks a ticket handled. */
public record TicketClosed(UUID conversationId, String reference, String actor, Instant at) {
}
