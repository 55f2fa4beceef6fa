package nl.helder.server.audit.internal;

import nl.helder.server.HelderProperties;
import nl.helder.server.audit.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/** Writes signed checkpoints of the audit chain's head while the trail grows, and once more at a clean shutdown. */
@Component
class AuditCheckpointing {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointing.class);

    private final AuditRepository repository;
    private final AuditChainer chainer;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;
    private long lastPosition = -1;

    AuditCheckpointing(AuditRepository repository, AuditChainer chainer, AuditCheckpoints checkpoints, Clock clock) {
        this.repository = repository;
        this.chainer = chainer;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${helder.audit.checkpoint-interval:60s}", initialDelayString = "${helder.audit.checkpoint-interval:60s}")
    void periodically() {
        checkpointIfMoved();
    }

    @EventListener(ContextClosedEvent.class)
    void atShutdown() {
        try {
            checkpointIfMoved();
        } catch (RuntimeException e) {
            log.warn("No audit checkpoint at shutdown: {}", e.getMessage());
        }
    }

    /** Writes a checkpoint of the current head unless the last one this node wrote already has it. */
    synchronized AuditCheckpoints.Checkpoint checkpointIfMoved() {
        chainer.flush();
        AuditRepository.Head head = repository.head();
        if (head.seq() == lastPosition || head.seq() == 0) {
            return null;
        }
        AuditCheckpoints.Checkpoint written = checkpoints.append(head.seq(), head.hash(), clock.instant());
        lastPosition = head.seq();
        return written;
    }

    @Configuration(proxyBeanMethods = false)
    static class Files_ {

        @Bean
        AuditCheckpoints auditCheckpoints(AuditProperties properties, HelderProperties helder) {
            Path folder = helder.dataDir().toAbsolutePath().normalize().resolve("audit");
            Path file = properties.checkpointFile() != null ? properties.checkpointFile() : folder.resolve("checkpoints.jsonl");
            byte[] key = properties.checkpointKey() != null ? properties.checkpointKey().getBytes(StandardCharsets.UTF_8)
                    : keyFile(folder.resolve("checkpoint.key"));
            return new AuditCheckpoints(file, key);
        }

        /** A random key made once, readable by the owner only; kept out of the database it helps to check. */
        private static byte[] keyFile(Path path) {
            try {
                if (!Files.exists(path)) {
                    Files.createDirectories(path.getParent());
                    byte[] key = new byte[32];
                    new SecureRandom().nextBytes(key);
                    byte[] encoded = Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII);
                    try {
                        // Created owner-only, never readable by others even for a moment; CREATE_NEW: one creator wins.
                        Files.write(Files.createFile(path, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------"))), encoded);
                    } catch (UnsupportedOperationException notPosix) {
                        Files.write(path, encoded, java.nio.file.StandardOpenOption.CREATE_NEW); // Windows: the folder's permissions apply
                    } catch (java.nio.file.FileAlreadyExistsException another) {
                        // another process created it first; read theirs
                    }
                }
                return Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).trim());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create or read the audit checkpoint key " + path, e);
            }
        }
    }
}
