package nl.helder.server.conversation;

import nl.helder.guard.PersonalDataType;
import nl.helder.guard.RedactionStyle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * How personal data in customer messages is made unreadable, and which originals (if any) are kept.
 *
 * @param redaction     the style per type, e.g. {@code helder.privacy.redaction.IBAN=partial} for
 *                      {@code NL** **** **** **43 00}; types not listed get their placeholder ({@code [IBAN]})
 * @param keep          types whose original value is kept for follow-up (e.g. {@code EMAIL} for a call-back);
 *                      empty by default: originals are never kept. Kept values are stored only encrypted
 *                      (AES-256-GCM) and deleted after {@code keep-retention}
 * @param keepRetention how long a kept original is stored
 * @param encryptionKey base64 of a 32-byte key (e.g. {@code openssl rand -base64 32}); required when
 *                      {@code keep} is set, best passed as the environment variable HELDER_PRIVACY_ENCRYPTION_KEY
 */
@ConfigurationProperties("helder.privacy")
public record RedactionProperties(Map<PersonalDataType, RedactionStyle> redaction,
                                  Set<PersonalDataType> keep,
                                  @DefaultValue("30d") Duration keepRetention,
                                  String encryptionKey) {

    public RedactionProperties {
        redaction = redaction == null ? Map.of() : Map.copyOf(redaction);
        keep = keep == null ? Set.of() : Set.copyOf(keep);
        if (!keep.isEmpty()) {
            if (encryptionKey == null || encryptionKey.isBlank()) {
                throw new IllegalStateException("helder.privacy.keep=" + keep + " needs helder.privacy.encryption-key "
                        + "(base64 of 32 random bytes): kept originals are only ever stored encrypted");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(encryptionKey.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("helder.privacy.encryption-key is not valid base64");
            }
            if (key.length != 32) {
                throw new IllegalStateException("helder.privacy.encryption-key must be 32 bytes (256 bits); it is " + key.length);
            }
        }
        if (keepRetention.isNegative() || keepRetention.isZero()) {
            throw new IllegalArgumentException("helder.privacy.keep-retention must be positive");
        }
    }

    /** The key bytes; only valid when {@link #keep()} is not empty. */
    public byte[] key() {
        return Base64.getDecoder().decode(encryptionKey.strip());
    }

    @Override
    public String toString() {
        return "RedactionProperties[redaction=" + redaction + ", keep=" + keep + ", keepRetention=" + keepRetention
                + ", encryptionKey=" + (encryptionKey == null ? "none" : "<set>") + "]";
    }
}
