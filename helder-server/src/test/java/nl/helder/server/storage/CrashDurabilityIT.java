package nl.helder.server.storage;

import nl.helder.server.ServerProcess;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a Helder server process with SIGKILL in the middle of a burst of writes and checks that everything it
 * had confirmed is still there: each conversation answered 201 with its disclosure record and its
 * {@code DISCLOSURE_SENT} audit entry, each customer message answered 200 with its redaction audit entry (every
 * message carries a phone number), and, after a restart on the same data, an unbroken audit chain.
 * <p>
 * What it does not show: a power cut. A killed process leaves the operating system's page cache behind; the
 * fsync that protects against a power cut is checked by {@code DurableConnectionsTest} (a sync per changing commit).
 */
class CrashDurabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "crash-admin";
    private static final String PASSWORD = "crash-test-password-1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyConfirmedWriteSurvivesAKilledProcess() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-data");
        int port = ServerProcess.freePort();
        ServerProcess server = start(dataDir, port);
        String base = "http://127.0.0.1:" + port;

        Map<String, AtomicInteger> confirmedMessages = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger confirmedConversations = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            int client = c;
            clients.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    try {
                        HttpResponse<String> created = post(base + "/api/v1/conversations", null, "{\"locale\":\"nl\"}");
                        if (created.statusCode() != 201) {
                            continue;
                        }
                        JsonNode conversation = JSON.readTree(created.body());
                        String id = conversation.get("id").asString();
                        AtomicInteger messages = new AtomicInteger();
                        confirmedMessages.put(id, messages);
                        confirmedConversations.incrementAndGet();
                        for (int m = 0; m < 3 && !stop.get(); m++) {
                            String text = "Bel me terug op 06 1234 56" + (10 + (n++ % 90)) + ", wat kost verzenden? (" + client + ")";
                            if (post(base + "/api/v1/conversations/" + id + "/messages", conversation.get("token").asString(),
                                    JSON.writeValueAsString(Map.of("text", text))).statusCode() == 200) {
                                messages.incrementAndGet();
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // the server died under this request: it was never confirmed
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        // At least four seconds of burst, longer when a busy machine confirmed few conversations by then.
        long burstEnds = System.nanoTime() + 60_000_000_000L;
        Thread.sleep(4_000);
        while (confirmedConversations.get() <= 10 && System.nanoTime() < burstEnds) {
            Thread.sleep(250);
        }
        server.kill(); // SIGKILL: no shutdown hook, no clean close of the database
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        int totalMessages = confirmedMessages.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(confirmedConversations.get()).as("the burst confirmed conversations before the kill").isGreaterThan(10);
        assertThat(totalMessages).as("and messages").isGreaterThan(10);

        List<String> lost = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("helder"), "sa", "")) {
            for (Map.Entry<String, AtomicInteger> entry : confirmedMessages.entrySet()) {
                String id = entry.getKey();
                if (count(db, "SELECT COUNT(*) FROM conversation WHERE id = ?", id) != 1) {
                    lost.add("conversation " + id);
                }
                if (count(db, "SELECT COUNT(*) FROM disclosure WHERE conversation_id = ?", id) != 1) {
                    lost.add("disclosure of " + id);
                }
                if (count(db, "SELECT COUNT(*) FROM audit_event WHERE conversation_id = ? AND event_type = 'DISCLOSURE_SENT'", id) != 1) {
                    lost.add("DISCLOSURE_SENT of " + id);
                }
                long customerMessages = count(db, "SELECT COUNT(*) FROM message WHERE conversation_id = ? AND role = 'CUSTOMER'", id);
                if (customerMessages < entry.getValue().get()) {
                    lost.add((entry.getValue().get() - customerMessages) + " message(s) of " + id);
                }
                long redactions = count(db, "SELECT COUNT(*) FROM audit_event WHERE conversation_id = ? AND event_type = 'PERSONAL_DATA_REDACTED'", id);
                if (redactions < entry.getValue().get()) {
                    lost.add((entry.getValue().get() - redactions) + " redaction audit entr(ies) of " + id);
                }
            }
        }
        assertThat(lost).as("confirmed writes missing after the kill (%d conversations, %d messages confirmed)",
                confirmedConversations.get(), totalMessages).isEmpty();

        ServerProcess restarted = start(dataDir, port);
        try {
            HttpResponse<String> verify = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/audit/verify"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(verify.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(verify.body()).get("valid").asBoolean()).as(verify.body()).isTrue();
        } finally {
            restarted.stop();
        }
    }

    private HttpResponse<String> post(String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(Connection db, String sql, String id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, java.util.UUID.fromString(id));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static ServerProcess start(Path dataDir, int port) throws IOException, InterruptedException {
        return ServerProcess.start(dataDir, port, "--helder.conversation.turns-per-minute=100000",
                "--helder.conversation.starts-per-minute-per-client=100000",
                "--helder.bootstrap-admin.username=" + ADMIN, "--helder.bootstrap-admin.password=" + PASSWORD);
    }
}
