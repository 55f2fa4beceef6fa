package nl.helder.server.conversation;

import java.time.Instant;
import java.util.UUID;

/** Published when a customer left a message for a person; carries the reference, never the contact address. */
public record TicketOpened(UUID conversationId, String reference, Instant at) {
}
