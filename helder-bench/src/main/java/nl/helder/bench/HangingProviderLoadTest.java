package nl.helder.bench;

import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Time to a customer reply while the language-model provider hangs: a provider on loopback that accepts every
 * chat-completions request and never answers, a Helder configured to use it, and concurrent conversations
 * each sending questions. Every reply must come from the retrieval fallback within the deadline. Run twice:
 * with the circuit breaker as configured (it opens after the first failures, later customers are answered at
 * once) and with it switched off (every turn waits out the deadline: the worst case). The no-op endpoint of the
 * same server is measured in the same run as a baseline.
 *
 * <p>Run: {@code java -cp helder-bench/target/helder-bench.jar nl.helder.bench.HangingProviderLoadTest}
 */
@Command(name = "helder-hanging-provider", mixinStandardHelpOptions = true,
        description = "Time to a customer reply under a language-model provider that never answers.")
public final class HangingProviderLoadTest implements Callable<Integer> {

    @Option(names = "--jar", description = "The server jar (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("helder-server/target/helder.jar");

    @Option(names = "--conversations", description = "Concurrent conversations (default: ${DEFAULT-VALUE}).")
    int conversations = 50;

    @Option(names = "--turns", description = "Questions per conversation (default: ${DEFAULT-VALUE}).")
    int turns = 3;

    @Option(names = "--deadline-seconds", description = "helder.llm.timeout (default: ${DEFAULT-VALUE}).")
    int deadlineSeconds = 8;

    @Option(names = "--report", description = "Also write the Markdown table here (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("helder-bench/target/hanging-provider.md");

    public static void main(String[] args) {
        System.exit(new CommandLine(new HangingProviderLoadTest()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HttpServer provider = hangingProvider();
        try {
            String baseUrl = "http://127.0.0.1:" + provider.getAddress().getPort() + "/v1";
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
                    | hanging provider, deadline %d s, %d conversations × %d questions at once | replies | p50 | p99 | max | p99 − deadline |
                    |---|---|---|---|---|---|
                    """, deadlineSeconds, conversations, turns));
            for (boolean breaker : new boolean[] {true, false}) {
                List<String> arguments = new ArrayList<>(List.of("--helder.llm.provider=openai", "--helder.llm.base-url=" + baseUrl,
                        "--helder.llm.model=hanging", "--helder.llm.region=eu", "--helder.llm.timeout=" + deadlineSeconds + "s"));
                if (!breaker) {
                    arguments.addAll(List.of("--helder.llm.breaker.failure-rate=100", "--helder.llm.breaker.window=100000"));
                }
                try (HelderProcess helder = HelderProcess.start(jar, arguments.toArray(String[]::new))) {
                    List<HelderProcess.Conversation> started = new ArrayList<>();
                    for (int i = 0; i < conversations; i++) {
                        started.add(helder.startConversation());
                    }
                    // Warm-up: turns the model is not asked for (nothing in the knowledge base answers them), so the
                    // guards, the search and the database are compiled and warm, and the breaker stays closed.
                    // Conversations of their own: two unanswered questions in a row hand a conversation to a person.
                    List<HelderProcess.Conversation> warmUp = new ArrayList<>();
                    for (int i = 0; i < conversations; i++) {
                        warmUp.add(helder.startConversation());
                    }
                    wave(warmUp, c -> helder.say(c, "Wat is de hoofdstad van Frankrijk?"));
                    LatencyRecorder baseline = wave(started, c -> helder.noop(c, "Hoe lang duurt de levering?"));
                    LatencyRecorder replies = wave(started, c -> helder.say(c, "Hoe lang duurt de levering?"));
                    String label = breaker ? "customer turn, circuit breaker as configured" : "customer turn, circuit breaker off (worst case)";
                    table.append(row(label, replies, true)).append(row("no-op baseline, same server", baseline, false));
                    System.out.println(label + ": p99 " + replies.percentileMillis(0.99) + " ms");
                }
            }
            System.out.println();
            System.out.println(table);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table);
            return 0;
        } finally {
            provider.stop(0);
        }
    }

    private String row(String label, LatencyRecorder latency, boolean againstDeadline) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.0f ms | %s |%n", label, latency.count(),
                latency.percentileMillis(0.5), latency.percentileMillis(0.99), latency.percentileMillis(1.0),
                againstDeadline ? String.format(Locale.ROOT, "%+.0f ms", latency.percentileMillis(0.99) - deadlineSeconds * 1000.0) : "–");
    }

    @FunctionalInterface
    private interface Turn {
        int send(HelderProcess.Conversation conversation) throws IOException, InterruptedException;
    }

    /** Every conversation sends {@link #turns} requests one after another; all conversations start together. */
    private LatencyRecorder wave(List<HelderProcess.Conversation> started, Turn turn) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(started.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<LatencyRecorder>> workers = new ArrayList<>();
        for (HelderProcess.Conversation conversation : started) {
            workers.add(pool.submit(() -> {
                LatencyRecorder latency = new LatencyRecorder();
                go.await();
                for (int i = 0; i < turns; i++) {
                    long before = System.nanoTime();
                    int status = turn.send(conversation);
                    latency.record(System.nanoTime() - before);
                    if (status != 200) {
                        throw new IllegalStateException("HTTP " + status);
                    }
                }
                return latency;
            }));
        }
        go.countDown();
        LatencyRecorder all = new LatencyRecorder();
        for (Future<LatencyRecorder> worker : workers) {
            all.addAll(worker.get());
        }
        pool.shutdown();
        return all;
    }

    /** Accepts chat-completion requests and never answers them: the connection stays open until Helder gives up. */
    private static HttpServer hangingProvider() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "hanging-provider");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        return server;
    }
}
