package nl.helder.server.audit.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit chain's head anchored outside the database it protects: an append-only file of signed checkpoints
 * (position, head hash, time), each also signing the one before it. Whoever restores an older copy of the
 * database, or cuts its newest entries, leaves the chain internally whole; only a record kept elsewhere shows
 * that entries the trail once held are gone. The file is forced to disk on every append.
 * <p>
 * The signature is an HMAC-SHA256 with a key that is not in the database either (configured, or a key file next
 * to the checkpoints), so a checkpoint cannot be forged by someone who can only write the database.
 */
final class AuditCheckpoints {

    /** One signed checkpoint. */
    record Checkpoint(long position, String head, Instant at, String mac) {
    }

    /** The file's checkpoints, or what is wrong with the file. */
    record Reading(List<Checkpoint> checkpoints, String problem) {
        Checkpoint newest() {
            return checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        }

        /** Recorded head hash per position. */
        Map<Long, String> headsByPosition() {
            Map<Long, String> heads = new LinkedHashMap<>();
            checkpoints.forEach(c -> heads.put(c.position(), c.head()));
            return heads;
        }
    }

    private static final String VERSION = "helder-audit-checkpoint-v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final byte[] key;
    private String lastMac;

    AuditCheckpoints(Path file, byte[] key) {
        this.file = file;
        this.key = key.clone();
    }

    Path file() {
        return file;
    }

    /** Appends a checkpoint for {@code position} with {@code head} and forces it to disk. */
    synchronized Checkpoint append(long position, String head, Instant at) {
        if (lastMac == null) {
            Reading reading = read();
            lastMac = reading.newest() == null ? "" : reading.newest().mac();
        }
        String mac = mac(lastMac, position, head, at);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("position", position);
        line.put("head", head);
        line.put("at", at.toString());
        line.put("mac", mac);
        byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                dropCutLine(channel);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                long end = channel.size();
                while (buffer.hasRemaining()) {
                    end += channel.write(buffer, end);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit checkpoint file " + file, e);
        }
        lastMac = mac;
        return new Checkpoint(position, head, at, mac);
    }

    /** A crash during an append can leave half a line at the end; the next append replaces it. */
    private static void dropCutLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        long position = size - 1;
        channel.read(one, position);
        if (one.get(0) == '\n') {
            return;
        }
        while (position > 0) {
            one.clear();
            channel.read(one, position - 1);
            if (one.get(0) == '\n') {
                break;
            }
            position--;
        }
        channel.truncate(position);
    }

    /** Every checkpoint, oldest first, each signature and link checked; stops at the first that fails. */
    synchronized Reading read() {
        if (!Files.exists(file)) {
            return new Reading(List.of(), null);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Reading(checkpoints, "the checkpoint file " + file + " cannot be read: " + e.getMessage());
        }
        String previousMac = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Checkpoint checkpoint;
            try {
                JsonNode node = JSON.readTree(line);
                checkpoint = new Checkpoint(node.get("position").asLong(), node.get("head").asString(),
                        Instant.parse(node.get("at").asString()), node.get("mac").asString());
            } catch (RuntimeException e) {
                if (i == lines.size() - 1) {
                    break; // a line cut by a crash during its append: the ones before it stand
                }
                return new Reading(checkpoints, "line " + (i + 1) + " of the checkpoint file is not a checkpoint");
            }
            if (!MessageDigest.isEqual(mac(previousMac, checkpoint.position(), checkpoint.head(), checkpoint.at())
                    .getBytes(StandardCharsets.US_ASCII), checkpoint.mac().getBytes(StandardCharsets.US_ASCII))) {
                return new Reading(checkpoints, "checkpoint " + (i + 1) + " in " + file.getFileName()
                        + " does not carry a valid signature: the file was edited, or the key changed");
            }
            checkpoints.add(checkpoint);
            previousMac = checkpoint.mac();
        }
        return new Reading(checkpoints, null);
    }

    /**
     * Seals a staged entry with this node's checkpoint key, so the chainer chains only entries a node of Helder
     * staged, never a row slipped into the table; {@code node} names the key without revealing it.
     */
    StagingSeal stagingSeal() {
        return new StagingSeal(key);
    }

    private String mac(String previousMac, long position, String head, Instant at) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = VERSION + "\n" + previousMac + "\n" + position + "\n" + head + "\n" + at;
            return HexFormat.of().formatHex(hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
