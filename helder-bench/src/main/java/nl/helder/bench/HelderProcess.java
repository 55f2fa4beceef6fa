package nl.helder.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Helder server started from its jar as a process of its own on loopback, with a fresh data directory, and
 * the customer calls the load tests make against it. Close it to stop the server.
 */
final class HelderProcess implements AutoCloseable {

    /** A conversation: its id and bearer token. */
    record Conversation(String id, String token) {
    }

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonFactory json = new JsonFactory();

    /** The server's base URL, {@code http://127.0.0.1:port}. */
    String base() {
        return base;
    }

    /** The server's process id (for jcmd). */
    long pid() {
        return process.pid();
    }

    private HelderProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code jar} with generous rate limits, the no-op baseline endpoint and {@code extraArguments}. */
    static HelderProcess start(Path jar, String... extraArguments) throws IOException, InterruptedException {
        return start(jar, List.of(), extraArguments);
    }

    /** As {@link #start(Path, String...)}, with options for the server's JVM (e.g. {@code -Xmx1g} or a flight recording). */
    static HelderProcess start(Path jar, List<String> jvmOptions, String... extraArguments) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("Server jar not found: " + jar + " (build it with ./mvnw -q -DskipTests package)");
        }
        int port = freePort();
        Path dataDir = Files.createTempDirectory("helder-bench");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--helder.data-dir=" + dataDir, "--helder.benchmark.baseline-endpoint=true",
                "--helder.conversation.turns-per-minute=100000000",
                "--helder.conversation.starts-per-minute-per-client=100000000",
                "--logging.level.root=WARN"));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile()).start();
        HelderProcess helder = new HelderProcess(process, "http://127.0.0.1:" + port);
        helder.awaitHealthy();
        return helder;
    }

    Conversation startConversation() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"locale\":\"nl\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = null;
        String token = null;
        try (JsonParser parser = json.createParser(response.body())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("id".equals(field)) {
                    id = parser.getText();
                } else if ("token".equals(field)) {
                    token = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Conversation(id, token);
    }

    /** A customer turn; returns the HTTP status. */
    int say(Conversation conversation, String text) throws IOException, InterruptedException {
        return post("/api/v1/conversations/" + conversation.id() + "/messages", conversation, text);
    }

    /** The same request to the no-op endpoint, which does no work. */
    int noop(Conversation conversation, String text) throws IOException, InterruptedException {
        return post("/api/v1/benchmark/" + conversation.id() + "/noop", conversation, text);
    }

    private int post(String path, Conversation conversation, String text) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + conversation.token())
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The conversation's state ({@code BOT}, {@code WAITING_FOR_AGENT}, ...). */
    String state(Conversation conversation) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + conversation.id()))
                .header("Authorization", "Bearer " + conversation.token()).build(), HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("\"state\":\"");
        return at < 0 ? "unknown" : body.substring(at + 9, body.indexOf('"', at + 9));
    }

    private void awaitHealthy() throws InterruptedException {
        for (int i = 0; i < 360; i++) { // three minutes: a busy machine starts slowly
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited during start");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become healthy in three minutes");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
