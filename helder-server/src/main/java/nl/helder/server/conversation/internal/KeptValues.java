package nl.helder.server.conversation.internal;

import nl.helder.server.storage.TimeOrderedIds;
import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.server.conversation.ConversationRecords;
import nl.helder.server.conversation.RedactionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Originals of the types an administrator chose to keep ({@code helder.privacy.keep}), stored only encrypted
 * and only until {@code helder.privacy.keep-retention} has passed. With no types chosen, nothing is stored.
 */
@Component
class KeptValues {

    record Original(PersonalDataType type, String value) {
    }

    private final JdbcClient jdbc;
    private final RedactionProperties properties;
    private final ValueCipher cipher;

    KeptValues(JdbcClient jdbc, RedactionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.cipher = properties.keep().isEmpty() ? null : new ValueCipher(properties.key());
    }

    /** The originals of {@code findings} that are to be kept; empty unless an administrator chose types. */
    List<Original> toKeep(String text, List<PersonalDataFinding> findings) {
        List<Original> originals = new ArrayList<>();
        for (PersonalDataFinding finding : findings) {
            if (properties.keep().contains(finding.type())) {
                originals.add(new Original(finding.type(), text.substring(finding.start(), finding.end())));
            }
        }
        return originals;
    }

    void store(UUID conversationId, List<Original> originals, Instant now) {
        for (Original original : originals) {
            jdbc.sql("""
                    INSERT INTO kept_value (id, conversation_id, data_type, lookup_hash, ciphertext, stored_at, expires_at)
                    VALUES (:id, :conversation, :type, :hash, :ciphertext, :stored, :expires)""")
                    .param("id", TimeOrderedIds.next()).param("conversation", conversationId).param("type", original.type().name())
                    .param("hash", cipher.lookupHash(original.value())).param("ciphertext", cipher.encrypt(original.value()))
                    .param("stored", now.atOffset(ZoneOffset.UTC))
                    .param("expires", now.plus(properties.keepRetention()).atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    List<ConversationRecords.KeptValue> forConversation(UUID conversationId) {
        return jdbc.sql("SELECT * FROM kept_value WHERE conversation_id = :id ORDER BY stored_at").param("id", conversationId)
                .query((rs, row) -> new ConversationRecords.KeptValue(rs.getString("data_type"),
                        cipher == null ? null : cipher.decrypt(rs.getString("ciphertext")),
                        rs.getObject("stored_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    List<UUID> conversationsWith(String value) {
        if (cipher == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT conversation_id FROM kept_value WHERE lookup_hash = :hash
                GROUP BY conversation_id ORDER BY MIN(stored_at)""")
                .param("hash", cipher.lookupHash(value)).query(UUID.class).list();
    }

    void deleteFor(UUID conversationId) {
        jdbc.sql("DELETE FROM kept_value WHERE conversation_id = :id").param("id", conversationId).update();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM kept_value WHERE expires_at <= :now").param("now", now.atOffset(ZoneOffset.UTC)).update();
    }
}
