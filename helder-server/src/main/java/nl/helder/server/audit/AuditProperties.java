package nl.helder.server.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the audit trail's head is anchored outside the database.
 *
 * @param checkpointFile     the append-only file of signed checkpoints; default {@code <data-dir>/audit/checkpoints.jsonl}.
 *                           Put it (or a copy) where a restore of the database does not reach: another disk, a
 *                           write-once store, a backup the database's administrators cannot change
 * @param checkpointKey      the key that signs the checkpoints (any string of at least 32 characters; set it through
 *                           {@code HELDER_AUDIT_CHECKPOINT_KEY}); default a random key created once in
 *                           {@code <data-dir>/audit/checkpoint.key}
 * @param checkpointInterval how often a checkpoint is written while the trail grows; also written at every export
 *                           and at a clean shutdown
 */
@ConfigurationProperties("helder.audit")
public record AuditProperties(Path checkpointFile, String checkpointKey, @DefaultValue("60s") Duration checkpointInterval) {

    public AuditProperties {
        if (checkpointKey != null && checkpointKey.length() < 32) {
            throw new IllegalArgumentException("helder.audit.checkpoint-key must have at least 32 characters");
        }
    }
}
