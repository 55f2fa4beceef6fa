package nl.helder.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Customer turns per second on one PostgreSQL with one node, then with two, in the same run: an embedded
 * PostgreSQL ({@code fsync=on}), each configuration in a fresh database, the nodes started from {@code helder.jar}
 * as processes of their own, each client bound to one node (as a balancer spreads connections). Every question
 * carries personal data, so every turn is an audited write (its redaction is appended to the one hash chain in the
 * turn's transaction); the audit rate is counted from the table. Bounded: fixed rounds of fixed length on loopback.
 * <p>
 * What it does not show: two machines. Here both nodes, the database and the clients share the same cores, so a
 * second node adds no CPU; the figure shows what sharing the database costs, not how far Helder scales out.
 */
@Command(name = "helder-cluster-bench", mixinStandardHelpOptions = true,
        description = "Turns and audited writes per second with one and with two nodes on one PostgreSQL.")
public final class ClusterBenchmark implements Callable<Integer> {

    /**
     * Every question carries personal data, so every turn is an audited write: the redaction is recorded in the
     * audit chain in the turn's transaction. (A turn without personal data, a signal or a language-model call
     * appends no audit entry.)
     */
    private static final List<String> QUESTIONS = List.of(
            "Hoe lang duurt de levering? Bel me op 06 12345678", "Wat zijn de verzendkosten? mail: klant@example.nl",
            "Hoe kan ik iets retourneren? mijn nummer is 0612345679", "Kan ik achteraf betalen? jan.jansen@example.com",
            "Waar vind ik mijn factuur? tel 020 123 4567", "How long does delivery take? my email is pat@example.org",
            "Can I pay with PayPal? call me on +31 6 12345670", "How do I return an item? reach me at sam@example.net");

    @Option(names = "--jar", description = "The server jar (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("helder-server/target/helder.jar");

    @Option(names = "--concurrency", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int concurrency = 8;

    @Option(names = "--round-seconds", description = "Length of one measured round (default: ${DEFAULT-VALUE}).")
    int roundSeconds = 10;

    @Option(names = "--rounds", description = "Measured rounds per configuration (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup-seconds", description = "Warm-up per configuration (default: ${DEFAULT-VALUE}).")
    int warmupSeconds = 30;

    @Option(names = "--conversations-per-client", description = "Conversations each client rotates through (default: ${DEFAULT-VALUE}).")
    int conversationsPerClient = 40;

    @Option(names = "--report", description = "Also write the Markdown table here (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("helder-bench/target/cluster-benchmark.md");

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClusterBenchmark()).execute(args));
    }

    private record Row(int nodes, List<Double> rates, LatencyRecorder latency, double auditPerSecond, WaitSampler.Shares waits) {
    }

    @Override
    public Integer call() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start()) {
            for (int nodes = 1; nodes <= 2; nodes++) {
                rows.add(measure(postgres, nodes));
            }
        }
        double single = LoadRounds.median(rows.get(0).rates());
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| nodes on one PostgreSQL (%d clients, %d × %d s, %d cores) | turns/s (median; min–max of rounds) | p50 | p99 | audit entries/s | turns/s vs one node | busy database sessions waiting on a lock / on the WAL flush |%n|---|---|---|---|---|---|---|%n",
                concurrency, rounds, roundSeconds, Runtime.getRuntime().availableProcessors()));
        for (Row row : rows) {
            double median = LoadRounds.median(row.rates());
            table.append(String.format(Locale.ROOT, "| %d | %.0f (%.0f–%.0f) | %.2f ms | %.2f ms | %.0f | %.2f | %.0f %% / %.0f %% |%n", row.nodes(), median,
                    row.rates().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    row.rates().stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    row.latency().percentileMillis(0.5), row.latency().percentileMillis(0.99), row.auditPerSecond(), median / single,
                    100 * row.waits().rowLock(), 100 * row.waits().walFlush()));
        }
        System.out.println();
        System.out.println(table);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, table);
        return 0;
    }

    private Row measure(EmbeddedPostgres postgres, int nodes) throws Exception {
        String database = "helder_nodes_" + nodes;
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String url = postgres.getJdbcUrl("postgres", database);
        List<HelderProcess> started = new ArrayList<>();
        try {
            for (int n = 0; n < nodes; n++) {
                started.add(HelderProcess.start(jar, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres"));
            }
            List<List<HelderProcess.Conversation>> perClient = new ArrayList<>();
            for (int client = 0; client < concurrency; client++) {
                HelderProcess node = started.get(client % nodes);
                List<HelderProcess.Conversation> conversations = new ArrayList<>();
                for (int c = 0; c < conversationsPerClient; c++) {
                    conversations.add(node.startConversation());
                }
                perClient.add(conversations);
            }
            LoadRounds load = new LoadRounds(concurrency);
            LoadRounds.Target turn = (client, n) -> started.get(client % nodes)
                    .say(perClient.get(client).get(n % conversationsPerClient), QUESTIONS.get(n % QUESTIONS.size()));
            System.out.printf(Locale.ROOT, "%d node(s): warming up %d s...%n", nodes, warmupSeconds);
            load.run(turn, warmupSeconds);
            List<Double> rates = new ArrayList<>();
            LatencyRecorder latency = new LatencyRecorder();
            long auditBefore = auditEntries(postgres, database);
            long measuredFrom = System.nanoTime();
            WaitSampler.Shares waits;
            try (WaitSampler sampler = WaitSampler.start(postgres.getDatabase("postgres", database), database)) {
                for (int round = 1; round <= rounds; round++) {
                    LoadRounds.Result result = load.run(turn, roundSeconds);
                    rates.add(result.perSecond());
                    latency.addAll(result.latency());
                    System.out.printf(Locale.ROOT, "%d node(s), round %d: %.0f turns/s%n", nodes, round, result.perSecond());
                }
                waits = sampler.shares();
                System.out.printf(Locale.ROOT, "%d node(s): lock waits behind: %s%n", nodes, sampler.topBlockers());
            }
            double seconds = (System.nanoTime() - measuredFrom) / 1e9;
            double auditPerSecond = (auditEntries(postgres, database) - auditBefore) / seconds;
            return new Row(nodes, rates, latency, auditPerSecond, waits);
        } finally {
            for (HelderProcess node : started) {
                node.close();
            }
        }
    }

    private static long auditEntries(EmbeddedPostgres postgres, String database) throws Exception {
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            count.next();
            return count.getLong(1);
        }
    }
}
