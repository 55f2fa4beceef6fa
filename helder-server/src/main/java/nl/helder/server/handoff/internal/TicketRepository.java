package nl.helder.server.handoff.internal;

import nl.helder.server.handoff.HandoffReason;
import nl.helder.server.handoff.Tickets;
import nl.helder.server.handoff.TicketClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Tickets in the database, with short reference numbers a customer can read out on the phone. */
@Repository
class TicketRepository implements Tickets {

    /** No 0/O, 1/I/L: a reference is read aloud and typed back. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<Ticket> TICKET = (rs, row) -> new Ticket(rs.getObject("id", UUID.class),
            rs.getString("reference"), rs.getObject("conversation_id", UUID.class), rs.getString("contact"),
            rs.getString("message"), HandoffReason.valueOf(rs.getString("reason")), rs.getString("status"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    TicketRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Ticket open(UUID conversationId, String contact, String redactedMessage, HandoffReason reason, Instant at) {
        Ticket ticket = new Ticket(UUID.randomUUID(), newReference(), conversationId, contact, redactedMessage, reason, "OPEN", at);
        jdbc.sql("""
                INSERT INTO ticket (id, reference, conversation_id, contact, message, reason, status, created_at)
                VALUES (:id, :reference, :conversation, :contact, :message, :reason, :status, :at)""")
                .param("id", ticket.id()).param("reference", ticket.reference()).param("conversation", conversationId)
                .param("contact", contact).param("message", redactedMessage).param("reason", reason.name())
                .param("status", ticket.status()).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new TicketMailer.NewTicket(ticket));
        return ticket;
    }

    @Override
    public List<Ticket> forConversation(UUID conversationId) {
        return jdbc.sql("SELECT * FROM ticket WHERE conversation_id = :id ORDER BY created_at").param("id", conversationId)
                .query(TICKET).list();
    }

    @Override
    public List<Ticket> open(int limit) {
        return jdbc.sql("SELECT * FROM ticket WHERE status = 'OPEN' ORDER BY created_at DESC LIMIT :limit").param("limit", limit)
                .query(TICKET).list();
    }

    @Override
    public java.util.Optional<Ticket> close(String reference, String actor, Instant at) {
        int closed = jdbc.sql("""
                UPDATE ticket SET status = 'CLOSED', closed_at = :at, closed_by = :actor WHERE reference = :reference AND status = 'OPEN'""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("actor", actor).param("reference", reference).update();
        if (closed == 0) {
            return java.util.Optional.empty();
        }
        Ticket ticket = jdbc.sql("SELECT * FROM ticket WHERE reference = :reference").param("reference", reference).query(TICKET).single();
        events.publishEvent(new TicketClosed(ticket.conversationId(), reference, actor, at));
        return java.util.Optional.of(ticket);
    }

    @Override
    public void deleteFor(UUID conversationId) {
        jdbc.sql("DELETE FROM ticket WHERE conversation_id = :id").param("id", conversationId).update();
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM ticket WHERE created_at < :cutoff").param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
    }

    private static String newReference() {
        StringBuilder reference = new StringBuilder("HLD-");
        for (int i = 0; i < 6; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
