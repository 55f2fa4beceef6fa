package nl.helder.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Start to ready: from launching {@code java} to {@code /actuator/health} answering 200 (UP, which Helder reports only
 * once the knowledge base is indexed and it can answer), with the demo knowledge base, on a fresh data directory
 * (schema created, knowledge base imported, administrator created) and on a second start of the same directory.
 * Ways of running ({@code --ways}): {@code java -jar helder.jar}; the jar extracted ({@code -Djarmode=tools extract})
 * and run with a class-data-sharing archive made by a training run ({@code -XX:ArchiveClassesAtExit} with
 * {@code -Dspring.context.exit=onRefresh}, then {@code -XX:SharedArchiveFile}); and the same with Spring AOT's
 * generated bean graph ({@code -Dspring.aot.enabled=true}, the archive then trained in AOT mode too), which Spring
 * Boot documents as its fast-start path on the JVM; optionally with the C1 compiler only, a JVM flag a user may choose.
 * <p>
 * After each start is timed, a conversation is opened and a question from the demo knowledge base asked: the start
 * counts only if the turn is answered ({@code ANSWER}), so a way that starts fast but cannot answer fails the run.
 * <p>
 * The ways take turns, one fresh and one second start each, so that all of them meet the same changes in the
 * machine's other load. Reports the median, minimum and maximum wall time of {@code --starts} starts each, the CPU time the server had used
 * when it became ready (user + system, from /proc: less sensitive than wall time to other work on a shared machine),
 * and the load average. Starts one at a time, so the measured server competes only with what else runs on the machine.
 */
@Command(name = "helder-start-bench", mixinStandardHelpOptions = true, description = "Time from java to health UP, fresh and second start, with and without CDS.")
public final class StartTimeBenchmark implements Callable<Integer> {

    @Option(names = "--jar", description = "The server jar (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("helder-server/target/helder.jar");

    @Option(names = "--starts", description = "Starts per configuration (default: ${DEFAULT-VALUE}).")
    int starts = 5;

    @Option(names = "--work-dir", description = "Where the extracted jar and the CDS archive go (default: ${DEFAULT-VALUE}).")
    Path workDir = Path.of("helder-bench/target/start-time");

    @Option(names = "--skip-cds", description = "Measure java -jar only (the same as --ways JAR).")
    boolean skipCds;

    @Option(names = "--ways", split = ",", description = "Ways of starting, in order, from ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<Way> ways = List.of(Way.JAR, Way.CDS, Way.AOT_CDS);

    @Option(names = "--report", description = "Also write the Markdown table here (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("helder-bench/target/start-time.md");

    /** A question the demo knowledge base answers (article "Bestelling volgen"). */
    private static final String QUESTION = "Hoe kan ik mijn bestelling volgen?";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) {
        System.exit(new CommandLine(new StartTimeBenchmark()).execute(args));
    }

    /**
     * One start: wall and CPU seconds to ready, and of that CPU what the main thread, the JIT compiler threads and the
     * garbage collector's threads had used (threads that ended before ready, e.g. idle compiler threads the JVM
     * stopped, count in the total only).
     */
    private record Start(double wallSeconds, double cpuSeconds, double mainSeconds, double jitSeconds, double gcSeconds) {
    }

    /** How the server is started; the extracted jar and its archives are made once, before the first start. */
    enum Way {
        JAR("java -jar helder.jar"),
        CDS("extracted + CDS archive"),
        AOT("java -Dspring.aot.enabled=true -jar helder.jar"),
        AOT_CDS("extracted + CDS archive + AOT"),
        AOT_CDS_C1("extracted + CDS + AOT, -XX:TieredStopAtLevel=1");

        final String label;

        Way(String label) {
            this.label = label;
        }

        boolean aot() {
            return this == AOT || this == AOT_CDS || this == AOT_CDS_C1;
        }

        boolean cds() {
            return this == CDS || this == AOT_CDS || this == AOT_CDS_C1;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("Server jar not found: " + jar + " (build it with ./mvnw -q -DskipTests package)");
        }
        List<Way> chosen = skipCds ? List.of(Way.JAR) : ways;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| how (%d starts each) | data directory | ready, median (min–max) | CPU used by then, median (min–max) | of which main thread / JIT compilers / GC + VM thread, medians | turn answered | load average during |%n"
                        + "|---|---|---|---|---|---|---|%n", starts));
        // Ways interleaved start by start, so that each meets the same changes in the machine's other load.
        Map<Way, List<String>> commands = new LinkedHashMap<>();
        Map<Way, List<Start>> fresh = new LinkedHashMap<>();
        Map<Way, List<Start>> second = new LinkedHashMap<>();
        Map<Way, List<Double>> loads = new LinkedHashMap<>();
        for (Way way : chosen) {
            commands.put(way, command(way));
            fresh.put(way, new ArrayList<>());
            second.put(way, new ArrayList<>());
            loads.put(way, new ArrayList<>());
        }
        for (int i = 0; i < starts; i++) {
            for (Way way : chosen) {
                Path data = Files.createTempDirectory("helder-start");
                loads.get(way).add(LoadAverage.oneMinute());
                Start first = start(commands.get(way), data);
                Start again = start(commands.get(way), data);
                fresh.get(way).add(first);
                second.get(way).add(again);
                loads.get(way).add(LoadAverage.oneMinute());
                System.out.printf(Locale.ROOT, "%s #%d: fresh %.2f s (cpu %.1f s, main %.1f s), second %.2f s (cpu %.1f s, main %.1f s), load %.1f%n",
                        way.label, i + 1, first.wallSeconds(), first.cpuSeconds(), first.mainSeconds(), again.wallSeconds(), again.cpuSeconds(),
                        again.mainSeconds(), LoadAverage.oneMinute());
                deleteQuietly(data);
            }
        }
        for (Way way : chosen) {
            table.append(row(way.label, "fresh", fresh.get(way), loads.get(way))).append(row(way.label, "second start", second.get(way), loads.get(way)));
        }
        System.out.println(table);
        if (report != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table);
        }
        return 0;
    }

    /** The command that starts the server this way (without port and data directory), preparing what it needs. */
    private List<String> command(Way way) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        if (way == Way.AOT_CDS_C1) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        if (way.aot()) {
            command.add("-Dspring.aot.enabled=true");
        }
        if (way.cds()) {
            Path extracted = extract();
            Path archive = archive(extracted, way.aot());
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-jar", extracted.resolve("helder.jar").toString()));
        } else {
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        }
        return command;
    }

    private static String row(String way, String data, List<Start> starts, List<Double> loads) {
        double[] wall = starts.stream().mapToDouble(Start::wallSeconds).sorted().toArray();
        double[] cpu = starts.stream().mapToDouble(Start::cpuSeconds).sorted().toArray();
        double[] load = loads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double main = median(starts.stream().mapToDouble(Start::mainSeconds).sorted().toArray());
        double jit = median(starts.stream().mapToDouble(Start::jitSeconds).sorted().toArray());
        double gc = median(starts.stream().mapToDouble(Start::gcSeconds).sorted().toArray());
        return String.format(Locale.ROOT, "| %s | %s | %.2f s (%.2f–%.2f) | %.1f s (%.1f–%.1f) | %.1f / %.1f / %.1f s | %d of %d | %.1f (%.1f–%.1f) |%n",
                way, data, median(wall), wall[0], wall[wall.length - 1], median(cpu), cpu[0], cpu[cpu.length - 1], main, jit, gc,
                starts.size(), starts.size(), median(load), load[0], load[load.length - 1]);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The jar extracted once (again when the jar is newer than the extracted copy). */
    private Path extract() throws IOException, InterruptedException {
        Path extracted = workDir.resolve("extracted").toAbsolutePath();
        Path copy = extracted.resolve("helder.jar");
        if (Files.isRegularFile(copy) && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return extracted;
        }
        Files.createDirectories(workDir);
        run(List.of("java", "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--force", "--destination", extracted.toString()));
        return extracted;
    }

    /**
     * The CDS archive, made by a training run that stops once the context is refreshed. An AOT start loads other
     * classes (the generated bean definitions instead of the configuration-class parsing), so it has its own archive,
     * trained in AOT mode.
     */
    private Path archive(Path extracted, boolean aot) throws IOException, InterruptedException {
        Path archive = extracted.resolve(aot ? "helder-aot.jsa" : "helder.jsa");
        if (Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(extracted.resolve("helder.jar"))) > 0) {
            return archive;
        }
        Path training = Files.createTempDirectory("helder-cds-training");
        List<String> command = new ArrayList<>(List.of("java", "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
        if (aot) {
            command.add("-Dspring.aot.enabled=true");
        }
        command.addAll(List.of("-jar", extracted.resolve("helder.jar").toString(), "--server.port=0", "--helder.data-dir=" + training,
                "--logging.level.root=WARN"));
        run(command);
        deleteQuietly(training);
        return archive;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private Start start(List<String> wayCommand, Path data) throws IOException, InterruptedException {
        int port = HelderProcess.freePort();
        List<String> command = new ArrayList<>(wayCommand);
        command.addAll(List.of("--server.port=" + port, "--helder.data-dir=" + data, "--logging.level.root=WARN"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile())).start();
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited during start; see " + data.resolve("server.log"));
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        double wall = (System.nanoTime() - started) / 1e9;
                        double cpu = cpuSeconds(Path.of("/proc/" + process.pid() + "/stat"));
                        Start ready = threadCpu(process.pid(), wall, cpu);
                        requireAnswer(port, data);
                        return ready;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
                    throw new IllegalStateException("not ready in three minutes");
                }
                Thread.sleep(20);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Opens a conversation and asks a question the demo knowledge base answers; fails unless the reply holds an
     * {@code ANSWER}. Not part of the timed start: it shows the start that was timed is one that can answer.
     */
    private void requireAnswer(int port, Path data) throws IOException, InterruptedException {
        String base = "http://127.0.0.1:" + port + "/api/v1/conversations";
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"locale\":\"nl\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String id = field(opened.body(), "id");
        String token = field(opened.body(), "token");
        if (opened.statusCode() != 201 || id == null || token == null) {
            throw new IllegalStateException("no conversation after the start (" + opened.statusCode() + "); see " + data.resolve("server.log"));
        }
        HttpResponse<String> turn = http.send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + QUESTION + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (turn.statusCode() != 200 || !turn.body().contains("\"kind\":\"ANSWER\"")) {
            throw new IllegalStateException("the turn after the start was not answered (" + turn.statusCode() + "): " + turn.body());
        }
    }

    /** A string field of a flat JSON object's top level, good enough for the id and token of a new conversation. */
    private static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int at = json.indexOf(key);
        return at < 0 ? null : json.substring(at + key.length(), json.indexOf('"', at + key.length()));
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** User + system CPU seconds from a /proc stat file (fields 14 and 15, in clock ticks of 1/100 s). */
    private static double cpuSeconds(Path stat) {
        try {
            String line = Files.readAllLines(stat).get(0);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    /** The CPU of the process's live threads by kind, from /proc/pid/task/tid/{comm,stat}. */
    private static Start threadCpu(long pid, double wall, double total) {
        double main = 0;
        double jit = 0;
        double gc = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                } catch (IOException ended) {
                    continue;
                }
                double cpu = cpuSeconds(task.resolve("stat"));
                if (Double.isNaN(cpu)) {
                    continue;
                }
                if (name.equals("java") && !task.getFileName().toString().equals(Long.toString(pid))) {
                    main += cpu; // the launcher runs main() in a thread of its own, which keeps the name "java"
                } else if (name.contains("CompilerThre")) {
                    jit += cpu;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                    gc += cpu;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return new Start(wall, total, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Start(wall, total, main, jit, gc);
    }


}
