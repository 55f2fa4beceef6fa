package nl.helder.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How the input guards cost together against alone, the experiments behind the README's "Input guards (JMH)": each
 * guard timed in batches (one guard's calls in a row, its data and code hot) and interleaved message by message (as
 * the server runs them), in one JVM; and, with {@code --old-classes}, an A/B of two builds of the guards, each in a
 * class loader of its own, alternating rounds in one JVM so that both meet the same machine load. Plain timed loops,
 * not JMH: JMH cannot put two builds in one JVM. Medians per round; the first rounds are warm-up.
 *
 * <p>Run: {@code java -cp helder-bench/target/helder-bench.jar nl.helder.bench.GuardInterplay}
 */
@Command(name = "helder-guard-interplay", mixinStandardHelpOptions = true,
        description = "The input guards batched vs interleaved, and an A/B of two builds in one JVM.")
public final class GuardInterplay implements Callable<Integer> {

    @Option(names = "--rounds", description = "Rounds of each way (default: ${DEFAULT-VALUE}); the first third is warm-up.")
    int rounds = 12;

    @Option(names = "--calls", description = "Calls per guard per round (default: ${DEFAULT-VALUE}).")
    int calls = 500;

    @Option(names = "--old-classes", description = "A folder or jar with another build of helder-guard: time its "
            + "InputGuard against this one's, alternating rounds, each in its own class loader.")
    Path oldClasses;

    @Option(names = "--guard", description = "With --old-classes, which guard to time: input (all input guards, the "
            + "default), privacy, signals or injection.")
    String guard = "input";

    public static void main(String[] args) {
        System.exit(new CommandLine(new GuardInterplay()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String message = GuardBenchmark.MESSAGE;
        if (oldClasses != null) {
            abTest(message);
            return 0;
        }
        var privacy = nl.helder.guard.privacy.PrivacyGuard.standard();
        var signals = new nl.helder.guard.signals.ConversationSignals();
        var injection = nl.helder.guard.injection.InjectionGuard.standard();
        List<Consumer<String>> guards = List.of(privacy::detect, signals::detect, injection::assess);
        String[] names = {"privacy", "signals", "injection"};
        int warmUp = rounds / 3;
        double[][] batched = new double[3][rounds];
        double[][] interleaved = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int g = 0; g < 3; g++) {
                long[] times = new long[calls];
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    guards.get(g).accept(message);
                    times[i] = System.nanoTime() - start;
                }
                batched[g][round] = median(times);
            }
            long[][] times = new long[3][calls];
            for (int i = 0; i < calls; i++) {
                for (int g = 0; g < 3; g++) {
                    long start = System.nanoTime();
                    guards.get(g).accept(message);
                    times[g][i] = System.nanoTime() - start;
                }
            }
            for (int g = 0; g < 3; g++) {
                interleaved[g][round] = median(times[g]);
            }
        }
        System.out.printf("p50 per call, median of rounds %d-%d (%d calls each), load %.2f%n", warmUp + 1, rounds, calls, LoadAverage.oneMinute());
        for (int g = 0; g < 3; g++) {
            System.out.printf("%-10s batched %7.1f us   interleaved %7.1f us%n", names[g],
                    medianOf(batched[g], warmUp), medianOf(interleaved[g], warmUp));
        }
        return 0;
    }

    /** This build's InputGuard against the one in {@link #oldClasses}, alternating which goes first each round. */
    private void abTest(String message) throws Exception {
        Path thisGuard = Path.of(nl.helder.guard.InputGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = Path.of(GuardInterplay.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().resolve("lib");
        List<URL> dependencies = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(p -> !p.getFileName().toString().startsWith("helder-guard")).toList()) {
                dependencies.add(jar.toUri().toURL());
            }
        }
        Path[] builds = {oldClasses, thisGuard};
        Object[] guards = new Object[2];
        Method[] scan = new Method[2];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>(dependencies);
            urls.add(0, builds[k].toUri().toURL());
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            switch (guard) {
                case "privacy" -> {
                    guards[k] = loader.loadClass("nl.helder.guard.privacy.PrivacyGuard").getMethod("standard").invoke(null);
                    scan[k] = guards[k].getClass().getMethod("detect", String.class);
                }
                case "injection" -> {
                    guards[k] = loader.loadClass("nl.helder.guard.injection.InjectionGuard").getMethod("standard").invoke(null);
                    scan[k] = guards[k].getClass().getMethod("assess", String.class);
                }
                case "signals" -> {
                    guards[k] = loader.loadClass("nl.helder.guard.signals.ConversationSignals").getConstructor().newInstance();
                    scan[k] = guards[k].getClass().getMethod("read", String.class);
                }
                case "input" -> {
                    guards[k] = loader.loadClass("nl.helder.guard.Guards").getMethod("standardInputGuard").invoke(null);
                    scan[k] = guards[k].getClass().getMethod("scan", String.class);
                }
                default -> throw new IllegalArgumentException("--guard is input, privacy, signals or injection, not " + guard);
            }
        }
        // CPU time of this thread beside the wall-clock median: on a shared machine it moves less with the load.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int warmUp = rounds / 3;
        double[][] p50 = new double[2][rounds];
        double[][] cpu = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = round % 2 == 0 ? turn : 1 - turn;
                long[] times = new long[calls];
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    scan[k].invoke(guards[k], message);
                    times[i] = System.nanoTime() - start;
                }
                cpu[k][round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000.0 / calls;
                p50[k][round] = median(times);
            }
        }
        double old = medianOf(p50[0], warmUp);
        double current = medianOf(p50[1], warmUp);
        String what = guard.equals("input") ? "all input guards" : guard + " guard";
        System.out.printf("%s, p50 per call, median of rounds %d-%d: %s %.1f us, this build %.1f us, "
                + "this / other %.2f; CPU per call %.1f / %.1f us, %.2f; load %.2f%n", what, warmUp + 1, rounds, oldClasses, old,
                current, current / old, medianOf(cpu[0], warmUp), medianOf(cpu[1], warmUp),
                medianOf(cpu[1], warmUp) / medianOf(cpu[0], warmUp), LoadAverage.oneMinute());
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000.0;
    }

    private static double medianOf(double[] perRound, int skip) {
        double[] kept = Arrays.copyOfRange(perRound, skip, perRound.length);
        Arrays.sort(kept);
        return kept[kept.length / 2];
    }
}
