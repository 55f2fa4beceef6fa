package nl.helder.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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

    @Option(names = "--conversations-per-client", description = "Each client takes turns in this many conversations, "
            + "in turn, so that conversations stay as short as real ones (default: ${DEFAULT-VALUE}).")
    int conversationsPerClient = 40;

    @Option(names = "--rounds", description = "Measured rounds per endpoint, alternating (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--warmup-seconds", description = "Warm-up per endpoint before measuring (default: ${DEFAULT-VALUE}).")
    int warmupSeconds = 10;

    @Option(names = "--server-arg", description = "An extra argument for the server, e.g. "
            + "--server-arg=--helder.storage.durable-commits=false to measure what durable commits cost (repeatable).")
    List<String> serverArguments = new ArrayList<>();

    @Option(names = "--report", description = "Also write the Markdown table here (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("helder-bench/target/http-benchmark.md");


    public static void main(String[] args) {
        System.exit(new CommandLine(new HttpLoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try (HelderProcess helder = HelderProcess.start(jar, serverArguments.toArray(String[]::new))) {
            // One conversation per client would grow to thousands of turns in a run, and a turn's queries on the
            // message table slow with it; real conversations have tens of messages.
            List<HelderProcess.Conversation> conversations = new ArrayList<>();
            for (int i = 0; i < concurrency * conversationsPerClient; i++) {
                conversations.add(helder.startConversation());
            }
            LoadRounds load = new LoadRounds(concurrency);
            LoadRounds.Target turn = (worker, n) -> helder.say(conversations.get(worker * conversationsPerClient + n % conversationsPerClient),
                    QUESTIONS.get(n % QUESTIONS.size()));
            LoadRounds.Target baseline = (worker, n) -> helder.noop(conversations.get(worker * conversationsPerClient + n % conversationsPerClient),
                    QUESTIONS.get(n % QUESTIONS.size()));

            System.out.printf(Locale.ROOT, "Warming up (%d s per endpoint, %d clients)...%n", warmupSeconds, concurrency);
            load.run(baseline, warmupSeconds);
            load.run(turn, warmupSeconds);

            List<Double> baselineRates = new ArrayList<>();
            List<Double> turnRates = new ArrayList<>();
            LatencyRecorder baselineLatency = new LatencyRecorder();
            LatencyRecorder turnLatency = new LatencyRecorder();
            for (int round = 1; round <= rounds; round++) {
                LoadRounds.Result b = load.run(baseline, roundSeconds);
                LoadRounds.Result t = load.run(turn, roundSeconds);
                baselineRates.add(b.perSecond());
                turnRates.add(t.perSecond());
                baselineLatency.addAll(b.latency());
                turnLatency.addAll(t.latency());
                System.out.printf(Locale.ROOT, "round %d: baseline %.0f req/s, turn %.0f turns/s%n", round, b.perSecond(), t.perSecond());
            }
            // A conversation handed to a person no longer runs the assistant; the figures would then be wrong.
            for (HelderProcess.Conversation conversation : conversations) {
                String state = helder.state(conversation);
                if (!"BOT".equals(state)) {
                    throw new IllegalStateException("conversation " + conversation.id() + " left the assistant (" + state
                            + "): the measured turns did not all run the whole pipeline");
                }
            }
            String table = table(LoadRounds.median(baselineRates), baselineLatency, LoadRounds.median(turnRates), turnLatency);
            System.out.println();
            System.out.println(table);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
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
}
