package nl.helder.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load test of the customer HTTP path. Starts {@code helder.jar} as its own process on loopback, then runs
 * alternating rounds against the real turn ({@code POST /api/v1/conversations/{id}/messages}) and against a
 * no-op endpoint of the same server with the same JSON ({@code helder.benchmark.baseline-endpoint}), so
 * both are measured under the same machine noise. Reports throughput (median over rounds), latency p50 and
 * p99, and the ratio of the two. Bounded: a fixed number of rounds of fixed length, loopback only.
 */
@Command(name = "helder-http-bench", mixinStandardHelpOptions = true,
        description = "Turns per second through the full HTTP stack, beside a no-op endpoint of the same server.")
public final class HttpLoadBenchmark implements Callable<Integer> {

    private static final List<String> QUESTIONS = List.of(
            "Hoe lang duurt de levering?", "Wat zijn de verzendkosten?", "Hoe kan ik iets retourneren?",
            "Kan ik achteraf betalen?", "Ik ben mijn wachtwoord vergeten", "Waar vind ik mijn factuur?",
            "How long does delivery take?", "Can I pay with PayPal?", "How do I return an item?",
            "What is the warranty on a mattress?", "Kan ik met PayPal betalen?", "Do you ship to Belgium?");

    @Option(names = "--jar", description = "The server jar (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("helder-server/target/helder.jar");

    @Option(names = "--concurrency", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int concurrency = 8;

    @Option(names = "--round-seconds", description = "Length of one measured round (default: ${DEFAULT-VALUE}).")
    int roundSeconds = 10;

    @Option(names = "--rounds", description = "Measured rounds per endpoint, alternating (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--warmup-seconds", description = "Warm-up per endpoint before measuring (default: ${DEFAULT-VALUE}).")
    int warmupSeconds = 10;

    @Option(names = "--report", description = "Also write the Markdown table here (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("helder-bench/target/http-benchmark.md");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonFactory json = new JsonFactory();

    public static void main(String[] args) {
        System.exit(new CommandLine(new HttpLoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.println("Server jar not found: " + jar + " (build it with ./mvnw -q -DskipTests package)");
            return 2;
        }
        int port = freePort();
        Path dataDir = Files.createTempDirectory("helder-bench");
        Process server = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
                "--helder.data-dir=" + dataDir, "--helder.benchmark.baseline-endpoint=true",
                "--helder.conversation.turns-per-minute=100000000",
                "--helder.conversation.starts-per-minute-per-client=100000000",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitHealthy(base, server);
            List<String[]> conversations = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                conversations.add(startConversation(base));
            }
            Target turn = (worker, n) -> post(base + "/api/v1/conversations/" + conversations.get(worker)[0] + "/messages",
                    conversations.get(worker)[1], QUESTIONS.get(n % QUESTIONS.size()));
            Target baseline = (worker, n) -> post(base + "/api/v1/benchmark/" + conversations.get(worker)[0] + "/noop",
                    conversations.get(worker)[1], QUESTIONS.get(n % QUESTIONS.size()));

            System.out.printf(Locale.ROOT, "Warming up (%d s per endpoint, %d clients)...%n", warmupSeconds, concurrency);
            runRound(baseline, warmupSeconds);
            runRound(turn, warmupSeconds);

            List<Double> baselineRates = new ArrayList<>();
            List<Double> turnRates = new ArrayList<>();
            LatencyRecorder baselineLatency = new LatencyRecorder();
            LatencyRecorder turnLatency = new LatencyRecorder();
            for (int round = 1; round <= rounds; round++) {
                RoundResult b = runRound(baseline, roundSeconds);
                RoundResult t = runRound(turn, roundSeconds);
                baselineRates.add(b.perSecond());
                turnRates.add(t.perSecond());
                baselineLatency.addAll(b.latency());
                turnLatency.addAll(t.latency());
                System.out.printf(Locale.ROOT, "round %d: baseline %.0f req/s, turn %.0f turns/s%n", round, b.perSecond(), t.perSecond());
            }
            // A conversation handed to a person no longer runs the assistant; the figures would then be wrong.
            for (String[] conversation : conversations) {
                String state = state(base, conversation);
                if (!"BOT".equals(state)) {
                    throw new IllegalStateException("conversation " + conversation[0] + " left the assistant (" + state
                            + "): the measured turns did not all run the whole pipeline");
                }
            }
            String table = table(median(baselineRates), baselineLatency, median(turnRates), turnLatency);
            System.out.println();
            System.out.println(table);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table);
            return 0;
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private String table(double baselineRate, LatencyRecorder baseline, double turnRate, LatencyRecorder turn) {
        return String.format(Locale.ROOT, """
                | endpoint (%d clients, %d × %d s, %d cores) | throughput (median of rounds) | latency p50 | latency p99 |
                |---|---|---|---|
                | no-op baseline `POST /api/v1/benchmark/{id}/noop` | %.0f req/s | %.2f ms | %.2f ms |
                | customer turn `POST /api/v1/conversations/{id}/messages` | %.0f turns/s | %.2f ms | %.2f ms |
                | ratio turn / baseline | %.2f | %.2f | %.2f |
                """, concurrency, rounds, roundSeconds, Runtime.getRuntime().availableProcessors(),
                baselineRate, baseline.percentileMillis(0.5), baseline.percentileMillis(0.99),
                turnRate, turn.percentileMillis(0.5), turn.percentileMillis(0.99),
                turnRate / baselineRate, turn.percentileMillis(0.5) / baseline.percentileMillis(0.5),
                turn.percentileMillis(0.99) / baseline.percentileMillis(0.99));
    }

    @FunctionalInterface
    private interface Target {
        int call(int worker, int n) throws IOException, InterruptedException;
    }

    private record RoundResult(double perSecond, LatencyRecorder latency) {
    }

    private RoundResult runRound(Target target, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        List<Future<LatencyRecorder>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                LatencyRecorder latency = new LatencyRecorder();
                int n = worker;
                while (System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    int status = target.call(worker, n++);
                    latency.record(System.nanoTime() - before);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return latency;
            }));
        }
        LatencyRecorder all = new LatencyRecorder();
        for (Future<LatencyRecorder> worker : workers) {
            all.addAll(worker.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed; see the server log");
        }
        return new RoundResult(all.count() / elapsed, all);
    }

    private int post(String url, String token, String text) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String state(String base, String[] conversation) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + conversation[0]))
                .header("Authorization", "Bearer " + conversation[1]).build(), HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("\"state\":\"");
        return at < 0 ? "unknown" : body.substring(at + 9, body.indexOf('"', at + 9));
    }

    private String[] startConversation(String base) throws IOException, InterruptedException {
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
        return new String[] {id, token};
    }

    private void awaitHealthy(String base, Process server) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (!server.isAlive()) {
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
        throw new IllegalStateException("the server did not become healthy in 60 s");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
