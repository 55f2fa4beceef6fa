package nl.helder.server.audit.internal;

import nl.helder.server.audit.AuditEvent;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * An HMAC over a staged audit entry's content, with the node's checkpoint key (kept in its data directory, not in
 * the database). A row that carries no seal, or one this node's key does not confirm, is never chained by it.
 */
final class StagingSeal {

    private final SecretKeySpec key;
    private final String node;

    StagingSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.node = mac("helder-staging-node").substring(0, 16);
    }

    /** Names this node's key in {@code staged_by}: which node may chain the entry. */
    String node() {
        return node;
    }

    String seal(AuditEvent storedEvent) {
        return mac(AuditChain.canonical(storedEvent));
    }

    boolean confirms(AuditEvent storedEvent, String seal) {
        return seal != null && MessageDigest.isEqual(seal(storedEvent).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String text) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return HexFormat.of().formatHex(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
