package nl.helder.server.assistant.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A random canary token per conversation, placed in the model's context: if it ever shows up in an answer, the
 * context leaked and the answer is withheld. Derived from the conversation id with a key made at start, so a
 * conversation keeps its canary without storing it, and nobody can predict one.
 */
final class Canaries {

    private final SecretKeySpec key;

    Canaries() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String of(UUID conversationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(String.valueOf(conversationId).getBytes(StandardCharsets.UTF_8));
            return "HLD-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
