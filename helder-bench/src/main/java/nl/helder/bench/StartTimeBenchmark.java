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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Start to ready: from launching {@code java} to {@code /actuator/health} answering 200 (UP, which Helder reports only
 * once the knowledge base is indexed and it can answer), with the demo knowledge base, on a fresh data directory
 * (schema created, knowledge base imported, administrator created) and on a second start of the same directory.
 * Two ways of running: {@code java -jar helder.jar}, and the way Spring Boot recommends for start time: the jar
 * extracted ({@code -Djarmode=tools extract}) and run with a class-data-sharing archive made by a training run
 * ({@code -XX:ArchiveClassesAtExit} with {@code -Dspring.context.exit=onRefresh}, then {@code -XX:SharedArchiveFile}).
 * <p>
 * Reports the median, minimum and maximum wall time of {@code --starts} starts each, the CPU time the server had used
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

    @Option(names = "--skip-cds", description = "Measure java -jar only.")
    boolean skipCds;

    @Option(names = "--report", description = "Also write the Markdown table here (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("helder-bench/target/start-time.md");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) {
        System.exit(new CommandLine(new StartTimeBenchmark()).execute(args));
    }

    private record Start(double wallSeconds, double cpuSeconds) {
    }

    private record Way(String name, List<String> command) {
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("Server jar not found: " + jar + " (build it with ./mvnw -q -DskipTests package)");
        }
        List<Way> ways = new ArrayList<>();
        ways.add(new Way("java -jar helder.jar", List.of("java", "-jar", jar.toAbsolutePath().toString())));
        if (!skipCds) {
            Path extracted = prepareCds();
            ways.add(new Way("extracted + CDS archive", List.of("java", "-XX:SharedArchiveFile=" + extracted.resolve("helder.jsa"),
                    "-Xshare:auto", "-jar", extracted.resolve("helder.jar").toString())));
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| how (%d starts each) | data directory | ready, median (min–max) | CPU used by then, median | load average during |%n|---|---|---|---|---|%n", starts));
        for (Way way : ways) {
            List<Start> fresh = new ArrayList<>();
            List<Start> second = new ArrayList<>();
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                Path data = Files.createTempDirectory("helder-start");
                loads.add(load());
                fresh.add(start(way, data));
                second.add(start(way, data));
                loads.add(load());
                System.out.printf(Locale.ROOT, "%s #%d: fresh %.2f s (cpu %.1f s), second %.2f s (cpu %.1f s), load %.1f%n", way.name(), i + 1,
                        fresh.get(i).wallSeconds(), fresh.get(i).cpuSeconds(), second.get(i).wallSeconds(), second.get(i).cpuSeconds(), loads.get(loads.size() - 1));
            }
            table.append(row(way.name(), "fresh", fresh, loads)).append(row(way.name(), "second start", second, loads));
        }
        System.out.println(table);
        if (report != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table);
        }
        return 0;
    }

    private static String row(String way, String data, List<Start> starts, List<Double> loads) {
        double[] wall = starts.stream().mapToDouble(Start::wallSeconds).sorted().toArray();
        double[] cpu = starts.stream().mapToDouble(Start::cpuSeconds).sorted().toArray();
        double[] load = loads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %s | %.2f s (%.2f–%.2f) | %.1f s | %.1f (%.1f–%.1f) |%n", way, data,
                median(wall), wall[0], wall[wall.length - 1], median(cpu), median(load), load[0], load[load.length - 1]);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Extracts the jar and makes the CDS archive with a training run that stops once the context is refreshed. */
    private Path prepareCds() throws IOException, InterruptedException {
        Path extracted = workDir.resolve("extracted").toAbsolutePath();
        if (Files.isRegularFile(extracted.resolve("helder.jsa"))
                && Files.getLastModifiedTime(extracted.resolve("helder.jsa")).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return extracted;
        }
        Files.createDirectories(workDir);
        run(List.of("java", "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--force", "--destination", extracted.toString()));
        Path training = Files.createTempDirectory("helder-cds-training");
        run(List.of("java", "-XX:ArchiveClassesAtExit=" + extracted.resolve("helder.jsa"), "-Dspring.context.exit=onRefresh",
                "-jar", extracted.resolve("helder.jar").toString(), "--server.port=0", "--helder.data-dir=" + training,
                "--logging.level.root=WARN"));
        return extracted;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private Start start(Way way, Path data) throws IOException, InterruptedException {
        int port = HelderProcess.freePort();
        List<String> command = new ArrayList<>(way.command());
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
                        return new Start((System.nanoTime() - started) / 1e9, cpuSeconds(process.pid()));
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

    /** User + system CPU time of the process so far, from /proc/pid/stat (fields 14 and 15, in clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readAllLines(Path.of("/proc/" + pid + "/stat")).get(0);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readAllLines(Path.of("/proc/loadavg")).get(0).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

}
