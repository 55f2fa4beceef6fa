package nl.helder.server.audit.internal;

import nl.helder.server.audit.AuditEvent;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The links of the audit hash chain: an entry's hash is SHA-256 over a JSON array of a version tag, its
 * position, the previous entry's hash and every field of the entry. JSON keeps the fields apart, so no two
 * different entries have the same text to hash.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "helder-audit-v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditChain() {
    }

    /** Database timestamps keep microseconds; an entry is hashed as it will read back. */
    static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The entry's content as one text, without its place in the chain (what a staging seal covers). */
    static String canonical(AuditEvent event) {
        return JSON.writeValueAsString(Arrays.asList(VERSION, event.id().toString(), storable(event.occurredAt()).toString(),
                event.type(), event.actor(), event.conversationId() == null ? null : event.conversationId().toString(), event.details()));
    }

    static String hash(String previousHash, long seq, AuditEvent event) {
        String canonical = JSON.writeValueAsString(Arrays.asList(VERSION, seq, previousHash, event.id().toString(),
                storable(event.occurredAt()).toString(), event.type(), event.actor(),
                event.conversationId() == null ? null : event.conversationId().toString(), event.details()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
