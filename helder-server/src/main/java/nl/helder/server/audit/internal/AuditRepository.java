package nl.helder.server.audit.internal;

import nl.helder.server.audit.AuditEvent;
import nl.helder.server.audit.AuditTrail;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The append-only {@code audit_event} table. */
@Repository
class AuditRepository implements AuditTrail {

    private static final RowMapper<AuditEvent> EVENT = (rs, row) -> new AuditEvent(rs.getObject("id", UUID.class),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("event_type"), rs.getString("actor"),
            rs.getObject("conversation_id", UUID.class), rs.getString("details"));

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditEvent event) {
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, event_type, actor, conversation_id, details)
                VALUES (:id, :at, :type, :actor, :conversation, :details)""")
                .param("id", event.id()).param("at", event.occurredAt().atOffset(ZoneOffset.UTC)).param("type", event.type())
                .param("actor", event.actor()).param("conversation", event.conversationId()).param("details", event.details())
                .update();
    }

    @Override
    public List<AuditEvent> forConversation(UUID conversationId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE conversation_id = :id ORDER BY occurred_at, id")
                .param("id", conversationId).query(EVENT).list();
    }

    @Override
    public List<AuditEvent> between(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at, id LIMIT :limit")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query(EVENT).list();
    }
}
