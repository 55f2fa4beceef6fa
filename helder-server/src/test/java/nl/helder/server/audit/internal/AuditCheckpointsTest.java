package nl.helder.server.audit.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCheckpointsTest {

    private static final byte[] KEY = "a key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);
    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void checkpointsReadBackInOrderAcrossRestarts() {
        Path file = folder.resolve("checkpoints.jsonl");
        new AuditCheckpoints(file, KEY).append(5, "a".repeat(64), AT);
        new AuditCheckpoints(file, KEY).append(9, "b".repeat(64), AT.plusSeconds(60)); // a new instance continues the links

        AuditCheckpoints.Reading reading = new AuditCheckpoints(file, KEY).read();

        assertThat(reading.problem()).isNull();
        assertThat(reading.checkpoints()).extracting(AuditCheckpoints.Checkpoint::position).containsExactly(5L, 9L);
        assertThat(reading.newest().head()).isEqualTo("b".repeat(64));
    }

    @Test
    void anEditedOrRemovedCheckpointOrAnotherKeyIsReported() throws IOException {
        Path file = folder.resolve("checkpoints.jsonl");
        AuditCheckpoints checkpoints = new AuditCheckpoints(file, KEY);
        checkpoints.append(5, "a".repeat(64), AT);
        checkpoints.append(9, "b".repeat(64), AT.plusSeconds(60));
        checkpoints.append(12, "c".repeat(64), AT.plusSeconds(120));
        String original = Files.readString(file);

        Files.writeString(file, original.replace("\"position\":9", "\"position\":7"));
        assertThat(new AuditCheckpoints(file, KEY).read().problem()).contains("checkpoint 2");

        String[] lines = original.split("\n");
        Files.writeString(file, lines[0] + "\n" + lines[2] + "\n"); // the middle one removed
        assertThat(new AuditCheckpoints(file, KEY).read().problem()).contains("checkpoint 2");

        Files.writeString(file, original);
        assertThat(new AuditCheckpoints(file, "another key, also thirty-two characters".getBytes(StandardCharsets.UTF_8)).read()
                .problem()).contains("checkpoint 1");
        assertThat(new AuditCheckpoints(file, KEY).read().problem()).isNull();
    }

    @Test
    void aLineCutByACrashDuringItsAppendLeavesTheEarlierOnesStanding() throws IOException {
        Path file = folder.resolve("checkpoints.jsonl");
        new AuditCheckpoints(file, KEY).append(5, "a".repeat(64), AT);
        Files.writeString(file, "{\"position\":9,\"head\":\"bb", StandardOpenOption.APPEND);

        AuditCheckpoints.Reading reading = new AuditCheckpoints(file, KEY).read();

        assertThat(reading.problem()).isNull();
        assertThat(reading.newest().position()).isEqualTo(5);

        new AuditCheckpoints(file, KEY).append(9, "b".repeat(64), AT.plusSeconds(60));
        AuditCheckpoints.Reading after = new AuditCheckpoints(file, KEY).read();
        assertThat(after.problem()).isNull();
        assertThat(after.checkpoints()).extracting(AuditCheckpoints.Checkpoint::position).containsExactly(5L, 9L);
    }
}
