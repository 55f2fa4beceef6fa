package nl.helder.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer turn beside a no-op endpoint of the same server, driven by wrk (an established load generator in C,
 * Debian package {@code wrk}) rather than a client of our own: the hand-written client was the bottleneck of the
 * no-op figure. Starts {@code helder.jar} on loopback (H2, or an embedded PostgreSQL with {@code fsync=on}), warms
 * both endpoints up in alternating windows until their throughput is steady (the last three windows of each within
 * ±{@code steady-percent} of their mean, or the cap), then runs alternating measured rounds and reports medians, the
 * spread (min–max), p50 and p99, the ratio and the machine's load average, all from the same run.
 * <p>
 * Each turn window gets conversations of its own, started before the window and not timed, so conversations stay
 * as short as real ones (tens of messages) whatever the throughput and a round does not inherit the previous
 * rounds' growth. Every acknowledged write is on disk as in production (durable commits stay on).
 */
@Command(name = "helder-wrk-bench", mixinStandardHelpOptions = true,
        description = "Turns per second beside a no-op endpoint of the same server, measured with wrk until the figure settles.")
public final class WrkBenchmark implements Callable<Integer> {

    private static final Pattern RESULT = Pattern.compile("HELDER-WRK requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p90_us=(\\d+) "
            + "p99_us=(\\d+) max_us=(\\d+) errors=(\\d+) status_errors=(\\d+)");

    @Option(names = "--jar", description = "The server jar (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("helder-server/target/helder.jar");

    @Option(names = "--against", description = "A second server jar measured in the same run: both servers run side by side, "
            + "their warm-up windows and measured rounds take turns (ABBA), and the report adds the paired ratio of the "
            + "second to the first per round, which the machine's drifting load moves far less than either figure alone.")
    Path against;

    @Option(names = "--database", description = "h2 (the embedded default) or postgres (embedded, fsync=on) (default: ${DEFAULT-VALUE}).")
    String database = "h2";

    @Option(names = "--connections", description = "wrk connections, i.e. concurrent clients (default: ${DEFAULT-VALUE}).")
    int connections = 8;

    @Option(names = "--threads", description = "wrk threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(names = "--conversations-per-connection", description = "Conversations each connection rotates through (default: ${DEFAULT-VALUE}).")
    int conversationsPerConnection = 40;

    @Option(names = "--window-seconds", description = "Length of one warm-up window (default: ${DEFAULT-VALUE}).")
    int windowSeconds = 5;

    @Option(names = "--steady-percent", description = "Warm-up ends when the last three windows of each endpoint are within "
            + "this many percent of their mean (default: ${DEFAULT-VALUE}).")
    double steadyPercent = 5;

    @Option(names = "--warmup-cap-seconds", description = "Warm-up ends after this long even if not steady, said in the report (default: ${DEFAULT-VALUE}).")
    int warmupCapSeconds = 150;

    @Option(names = "--rounds", description = "Measured rounds per endpoint, alternating (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--round-seconds", description = "Length of one measured round (default: ${DEFAULT-VALUE}).")
    int roundSeconds = 10;

    @Option(names = "--questions", description = "plain, or personal: every question carries personal data, so every turn is "
            + "redacted and audited (default: ${DEFAULT-VALUE}).")
    String questions = "plain";

    @Option(names = "--profile", description = "After the measured rounds, record this many seconds of turns only with Java "
            + "Flight Recorder in the server (written to helder-bench/target/turn-<database>.jfr) (default: ${DEFAULT-VALUE}: none).")
    int profileSeconds = 0;

    @Option(names = "--server-arg", description = "An extra argument for the server (repeatable).")
    List<String> serverArguments = new ArrayList<>();

    @Option(names = "--report", description = "Also write the Markdown table here (default: helder-bench/target/wrk-<database>.md).")
    Path report;

    /**
     * One wrk run: requests per second, latency percentiles in milliseconds, and the server process's CPU time per
     * request in milliseconds (user + system, from /proc): unlike throughput, that hardly depends on what else the
     * shared machine runs, so it says what a turn costs when the throughput is buried in other developers' builds.
     */
    record Window(double perSecond, double p50, double p90, double p99, double max, double cpuMillis) {
    }

    private Path script;
    private Path work;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WrkBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!"h2".equals(database) && !"postgres".equals(database)) {
            System.err.println("--database is h2 or postgres");
            return 2;
        }
        if (connections % threads != 0) {
            System.err.println("--connections must be a multiple of --threads (wrk gives each thread connections/threads)");
            return 2;
        }
        work = Files.createTempDirectory("helder-wrk");
        script = work.resolve("turns.lua");
        try (InputStream in = WrkBenchmark.class.getResourceAsStream("/wrk/turns.lua")) {
            Files.copy(in, script);
        }
        List<Path> jars = against == null ? List.of(jar) : List.of(jar, against);
        if ("postgres".equals(database)) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start()) {
                List<Build> builds = new ArrayList<>();
                for (Path build : jars) {
                    String name = "helder_wrk" + (builds.isEmpty() ? "" : "_b"); // a database per server
                    try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                        statement.execute("CREATE DATABASE " + name);
                    }
                    List<String> arguments = new ArrayList<>(serverArguments);
                    arguments.addAll(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", name),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
                    builds.add(new Build(build, arguments));
                }
                return run(builds);
            }
        }
        return run(jars.stream().map(build -> new Build(build, serverArguments)).toList());
    }

    /** A server jar and its arguments. */
    record Build(Path jar, List<String> arguments) {
        HelderProcess start() throws IOException, InterruptedException {
            return HelderProcess.start(jar, arguments.toArray(String[]::new));
        }
    }

    /**
     * One build, or two side by side ({@code --against}), with the same warm-up, rounds and checks. With two, each
     * warm-up step and each measured round gives both servers a no-op window and a turn window, in the order A B in odd
     * rounds and B A in even ones, so neither build always follows the other; an idle server costs nothing meanwhile.
     * Reported: each build's table, and with two, per round the ratio B / A of the turn's CPU per request and of the
     * turn / no-op ratio, with their medians.
     */
    private int run(List<Build> builds) throws Exception {
        List<HelderProcess> servers = new ArrayList<>();
        try {
            for (Build build : builds) {
                servers.add(build.start());
            }
            int n = servers.size();
            int pool = conversationsPerConnection * connections / threads;
            List<List<Window>> noopWarm = lists(n);
            List<List<Window>> turnWarm = lists(n);
            // the no-op needs only ids of existing conversations: each server's last turn window's serve
            Path[] current = new Path[n];
            for (int i = 0; i < n; i++) {
                current[i] = conversations(servers.get(i), name(i, n) + "warm");
            }
            long warmStart = System.nanoTime();
            boolean steady = false;
            while (!steady && System.nanoTime() - warmStart < warmupCapSeconds * 1_000_000_000L) {
                StringBuilder line = new StringBuilder("warm-up window " + (noopWarm.get(0).size() + 1) + ":");
                steady = true;
                for (int i = 0; i < n; i++) {
                    HelderProcess helder = servers.get(i);
                    noopWarm.get(i).add(wrk(helder, "noop", current[i], pool, windowSeconds));
                    current[i] = conversations(helder, name(i, n) + "warm");
                    turnWarm.get(i).add(wrk(helder, "turn", current[i], pool, windowSeconds));
                    line.append(String.format(Locale.ROOT, " %sno-op %.0f req/s, turn %.0f turns/s", label(i, n),
                            last(noopWarm.get(i)).perSecond(), last(turnWarm.get(i)).perSecond()));
                    steady &= steady(noopWarm.get(i)) && steady(turnWarm.get(i));
                }
                System.out.println(line);
            }
            double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            System.out.printf(Locale.ROOT, "warm-up %s after %.0f s%n", steady ? "steady" : "NOT steady (cap reached)", warmSeconds);

            List<List<Window>> noop = lists(n);
            List<List<Window>> turn = lists(n);
            List<List<Path>> measured = lists(n);
            double loadMin = LoadAverage.oneMinute();
            double loadMax = loadMin;
            for (int round = 1; round <= rounds; round++) {
                for (int k = 0; k < n; k++) {
                    int i = round % 2 == 1 ? k : n - 1 - k;
                    HelderProcess helder = servers.get(i);
                    noop.get(i).add(wrk(helder, "noop", current[i], pool, roundSeconds));
                    current[i] = conversations(helder, name(i, n) + "round" + round);
                    measured.get(i).add(current[i]);
                    turn.get(i).add(wrk(helder, "turn", current[i], pool, roundSeconds));
                }
                double load = LoadAverage.oneMinute();
                loadMin = Math.min(loadMin, load);
                loadMax = Math.max(loadMax, load);
                StringBuilder line = new StringBuilder("round " + round + ":");
                for (int i = 0; i < n; i++) {
                    line.append(String.format(Locale.ROOT, " %sno-op %.0f req/s (p99 %.2f ms, CPU %.3f ms), turn %.0f turns/s (p99 %.2f ms, CPU %.3f ms);",
                            label(i, n), last(noop.get(i)).perSecond(), last(noop.get(i)).p99(),
                            last(noop.get(i)).cpuMillis(), last(turn.get(i)).perSecond(), last(turn.get(i)).p99(), last(turn.get(i)).cpuMillis()));
                }
                System.out.println(line.append(String.format(Locale.ROOT, " load %.2f", load)));
            }
            for (int i = 0; i < n; i++) {
                checkStillWithAssistant(servers.get(i), measured.get(i));
            }
            if (profileSeconds > 0 && n == 1) {
                profile(servers.get(0), pool);
            }
            StringBuilder report = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (n > 1) {
                    report.append(label(i, n).strip()).append(": ").append(builds.get(i).jar()).append("\n\n");
                }
                report.append(table(noop.get(i), turn.get(i), steady, warmSeconds, loadMin, loadMax)).append(n > 1 ? "\n" : "");
            }
            if (n > 1) {
                List<Double> cpuRatios = new ArrayList<>();
                List<Double> ratioRatios = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    cpuRatios.add(turn.get(1).get(r).cpuMillis() / turn.get(0).get(r).cpuMillis());
                    ratioRatios.add((turn.get(1).get(r).perSecond() / noop.get(1).get(r).perSecond())
                            / (turn.get(0).get(r).perSecond() / noop.get(0).get(r).perSecond()));
                }
                report.append(String.format(Locale.ROOT, "**B / A, paired by round**: server CPU per turn %.3f (rounds %s); "
                                + "turn / no-op ratio %.3f (rounds %s). Below 1 for CPU, above 1 for the ratio: B is cheaper.%n",
                        LoadRounds.median(cpuRatios), joined(cpuRatios), LoadRounds.median(ratioRatios), joined(ratioRatios)));
            }
            System.out.println();
            System.out.println(report);
            Path out = this.report != null ? this.report : Path.of("helder-bench/target/wrk-" + database + (n > 1 ? "-ab" : "") + ".md");
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } finally {
            for (HelderProcess server : servers) {
                server.close();
            }
        }
    }

    /** Conversation files and report labels: none for one build, "a" and "b" for two. */
    private static String name(int i, int n) {
        return n == 1 ? "" : (i == 0 ? "a-" : "b-");
    }

    private static String label(int i, int n) {
        return n == 1 ? "" : (i == 0 ? "A " : "B ");
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static String joined(List<Double> values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", value));
        }
        return text.toString();
    }

    /** Starts {@code threads × pool} conversations (not timed) and writes them for the script, one "id token" a line. */
    private Path conversations(HelderProcess helder, String name) throws IOException, InterruptedException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < threads * conversationsPerConnection * connections / threads; i++) {
            HelderProcess.Conversation conversation = helder.startConversation();
            if (conversation.id() == null) {
                throw new IllegalStateException("could not start a conversation");
            }
            lines.append(conversation.id()).append(' ').append(conversation.token()).append('\n');
        }
        Path file = work.resolve(name + ".txt");
        Files.writeString(file, lines);
        return file;
    }

    private Window wrk(HelderProcess helder, String mode, Path conversations, int pool, int seconds) throws IOException, InterruptedException {
        long cpuBefore = cpuTicks(helder.pid());
        // A 30-s timeout: wrk's default of 2 s counts a request on a cold server of a busy machine as an error.
        Process process = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "30s", "--latency",
                "-s", script.toString(), helder.base(), "--", mode, conversations.toString(), Integer.toString(pool), questions)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("no result from wrk:\n" + output);
        }
        if (Long.parseLong(result.group(7)) > 0 || Long.parseLong(result.group(8)) > 0) {
            throw new IllegalStateException("requests failed (a figure never counts refusals); see the server log:\n" + output);
        }
        long requests = Long.parseLong(result.group(1));
        double cpuMillis = (cpuTicks(helder.pid()) - cpuBefore) * 1000.0 / CLOCK_TICKS / Math.max(1, requests);
        return new Window(requests / (Long.parseLong(result.group(2)) / 1e6), millis(result.group(3)),
                millis(result.group(4)), millis(result.group(5)), millis(result.group(6)), cpuMillis);
    }

    /** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s on every common architecture. */
    private static final int CLOCK_TICKS = 100;

    /** The server's user + system CPU time so far, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // after "pid (comm) ", field 3 is first
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static double millis(String micros) {
        return Long.parseLong(micros) / 1000.0;
    }

    private boolean steady(List<Window> windows) {
        if (windows.size() < 3) {
            return false;
        }
        List<Window> lastThree = windows.subList(windows.size() - 3, windows.size());
        double mean = lastThree.stream().mapToDouble(Window::perSecond).average().orElse(0);
        return lastThree.stream().allMatch(w -> Math.abs(w.perSecond() - mean) <= mean * steadyPercent / 100);
    }

    /** A conversation handed to a person no longer runs the assistant; the figures would then be wrong. */
    private static void checkStillWithAssistant(HelderProcess helder, List<Path> files) throws IOException, InterruptedException {
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(" ");
                String state = helder.state(new HelderProcess.Conversation(parts[0], parts[1]));
                if (!"BOT".equals(state)) {
                    throw new IllegalStateException("conversation " + parts[0] + " left the assistant (" + state
                            + "): the measured turns did not all run the whole pipeline");
                }
            }
        }
    }

    private void profile(HelderProcess helder, int pool) throws IOException, InterruptedException {
        Path recording = Path.of("helder-bench/target/turn-" + database + ".jfr").toAbsolutePath();
        Files.createDirectories(recording.getParent());
        Path conversations = conversations(helder, "profile"); // started before the recording: only turns in it
        jcmd(helder, "JFR.start", "name=turn", "settings=profile");
        Window window = wrk(helder, "turn", conversations, pool, profileSeconds);
        jcmd(helder, "JFR.stop", "name=turn", "filename=" + recording);
        System.out.printf(Locale.ROOT, "profile: %.0f turns/s while recording; %s (jfr print --events jdk.ExecutionSample, or JDK Mission Control)%n",
                window.perSecond(), recording);
    }

    private static void jcmd(HelderProcess helder, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(helder.pid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed:\n" + output);
        }
    }

    private static Window last(List<Window> windows) {
        return windows.get(windows.size() - 1);
    }

    private static double median(List<Window> windows, java.util.function.ToDoubleFunction<Window> value) {
        return LoadRounds.median(windows.stream().map(value::applyAsDouble).toList());
    }

    private static double min(List<Window> windows) {
        return windows.stream().mapToDouble(Window::perSecond).min().orElse(0);
    }

    private static double max(List<Window> windows) {
        return windows.stream().mapToDouble(Window::perSecond).max().orElse(0);
    }

    private String table(List<Window> noop, List<Window> turn, boolean steady, double warmSeconds, double loadMin, double loadMax) {
        double noopRate = median(noop, Window::perSecond);
        double turnRate = median(turn, Window::perSecond);
        StringBuilder perRound = new StringBuilder();
        for (int i = 0; i < turn.size(); i++) {
            perRound.append(String.format(Locale.ROOT, "%s%.0f/%.0f", i == 0 ? "" : ", ", turn.get(i).perSecond(), noop.get(i).perSecond()));
        }
        double noopCpu = median(noop, Window::cpuMillis);
        double turnCpu = median(turn, Window::cpuMillis);
        return String.format(Locale.ROOT, """
                | %s, wrk -t%d -c%d, %d × %d s alternating, %d cores | throughput median (min–max) | p50 (median of rounds) | p99 (median of rounds; worst) | server CPU per request (median) |
                |---|---|---|---|---|
                | no-op `POST /api/v1/benchmark/{id}/noop` | %.0f req/s (%.0f–%.0f) | %.2f ms | %.2f ms; %.2f ms | %.3f ms |
                | customer turn `POST /api/v1/conversations/{id}/messages` | %.0f turns/s (%.0f–%.0f) | %.2f ms | %.2f ms; %.2f ms | %.3f ms |
                | **ratio turn / no-op** | **%.2f** | | | **%.2f** (no-op CPU / turn CPU) |

                Rounds (turns/s / no-op req/s): %s. Warm-up %s after %.0f s. Load average (1 min) during the rounds: %.1f–%.1f. Questions: %s.
                """, "postgres".equals(database) ? "PostgreSQL (embedded, fsync=on)" : "H2 (embedded)", threads, connections, rounds, roundSeconds,
                Runtime.getRuntime().availableProcessors(),
                noopRate, min(noop), max(noop), median(noop, Window::p50), median(noop, Window::p99), noop.stream().mapToDouble(Window::p99).max().orElse(0), noopCpu,
                turnRate, min(turn), max(turn), median(turn, Window::p50), median(turn, Window::p99), turn.stream().mapToDouble(Window::p99).max().orElse(0), turnCpu,
                turnRate / noopRate, noopCpu / turnCpu, perRound, steady ? "steady" : "not steady (cap reached)", warmSeconds, loadMin, loadMax, questions);
    }
}
