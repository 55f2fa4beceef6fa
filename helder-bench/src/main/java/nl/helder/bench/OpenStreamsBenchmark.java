package nl.helder.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many customers with an open live stream on one node: starts {@code helder.jar} with {@code -Xmx1g}, opens a
 * conversation and its event stream ({@code GET /api/v1/conversations/{id}/events}) for each customer, then every
 * customer sends a message every {@code --period-seconds}, spread evenly over the period (an open-loop schedule:
 * latency is measured from when a message was due, so a server that falls behind shows it rather than slowing the
 * client down). Measures the turn's latency, checks that each stream received the messages of its own turns
 * (customer message and answer, by message id), how long after the turn was due they arrived, and samples the
 * server's heap (jstat), resident memory and threads (/proc).
 * <p>
 * Client-side limits, reported at the start: each stream is one TCP connection, so the client needs that many file
 * descriptors ({@code ulimit -n}) and ephemeral ports on loopback (ip_local_port_range); the server needs the same
 * number of descriptors. The client (JDK HttpClient: one selector thread for all connections) and the server share
 * the machine's cores, so the client's CPU is in the server's latency figures.
 */
@Command(name = "helder-streams-bench", mixinStandardHelpOptions = true,
        description = "Open live streams on one node, a message from each every period: turn latency, delivery, heap, RSS, threads.")
public final class OpenStreamsBenchmark implements Callable<Integer> {

    private static final Pattern MESSAGE_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final List<String> QUESTIONS = List.of("Hoe lang duurt de levering?", "Wat zijn de verzendkosten?",
            "Hoe kan ik iets retourneren?", "Kan ik achteraf betalen?", "How long does delivery take?", "Can I pay with PayPal?");

    @Option(names = "--jar", description = "The server jar (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("helder-server/target/helder.jar");

    @Option(names = "--streams", description = "Customers with an open stream (default: ${DEFAULT-VALUE}).")
    int streams = 10_000;

    @Option(names = "--period-seconds", description = "Each customer sends a message this often (default: ${DEFAULT-VALUE}).")
    int periodSeconds = 30;

    @Option(names = "--periods", description = "Periods measured, after one period of warm-up (default: ${DEFAULT-VALUE}).")
    int periods = 2;

    @Option(names = "--heap", description = "The server's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = "1g";

    @Option(names = "--server-option", description = "A further server argument, e.g. --server-option=--logging.level.root=INFO (repeatable).")
    List<String> serverOptions = new ArrayList<>();

    @Option(names = "--report", description = "Also write the Markdown table here (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("helder-bench/target/streams-benchmark.md");

    @Option(names = "--heap-dump", description = "Also dump the server's heap (live objects) before and with the streams "
            + "open, to PREFIX-before.hprof and PREFIX-open.hprof, for finding what holds memory per stream.")
    Path heapDump;

    @Option(names = "--max-send-seconds", description = "Stop sending turns this long after the first was due, even if "
            + "not all were sent (a server that falls far behind would otherwise keep the run going); 0: no limit "
            + "(default: ${DEFAULT-VALUE}).")
    int maxSendSeconds = 0;

    @Option(names = "--idle-only", description = "Open the streams, measure what they cost while idle (live heap, "
            + "bytes per stream, RSS, threads) and stop, without turns: the cheap run for tuning memory.")
    boolean idleOnly;

    @Option(names = "--histogram", description = "Also write the server's class histograms (live objects, after a full GC) "
            + "before and with the streams open, and the classes that grew most per stream, under this prefix (e.g. "
            + "helder-bench/target/streams-histogram).")
    Path histogram;

    public static void main(String[] args) {
        System.exit(new CommandLine(new OpenStreamsBenchmark()).execute(args));
    }

    /** One customer: its conversation, and the message ids its stream should still receive, with when they were due. */
    private static final class Customer {
        final HelderProcess.Conversation conversation;
        final Map<String, Long> awaited = new ConcurrentHashMap<>();
        final Set<String> received = ConcurrentHashMap.newKeySet();
        volatile boolean connected;
        volatile boolean ended;

        Customer(HelderProcess.Conversation conversation) {
            this.conversation = conversation;
        }
    }

    @Override
    public Integer call() throws Exception {
        long openFiles = openFileLimit();
        System.out.printf(Locale.ROOT, "client limits: open files %d, ephemeral ports %s, cores %d, load average %s%n",
                openFiles, String.join("-", Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip().split("\\s+")),
                Runtime.getRuntime().availableProcessors(), LoadAverage.all());
        if (openFiles < streams + 500L) {
            System.err.printf("ulimit -n is %d; %d streams need at least %d (raise it with ulimit -n, for the server too)%n",
                    openFiles, streams, streams + 500);
            return 2;
        }
        List<String> arguments = new ArrayList<>(List.of("--helder.web.streams.customer-streams=" + (streams + 100),
                "--server.tomcat.max-connections=" + (streams + 2_000)));
        arguments.addAll(serverOptions);
        try (HelderProcess helder = HelderProcess.start(jar, List.of("-Xmx" + heap), arguments.toArray(String[]::new))) {
            return run(helder);
        }
    }

    private int run(HelderProcess helder) throws Exception {
        long pid = helder.pid();
        ServerSampler sampler = new ServerSampler(pid);
        sampler.start();

        // Conversations, 8 at a time.
        List<Customer> customers = new ArrayList<>();
        ExecutorService starters = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<HelderProcess.Conversation>> started = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            started.add(starters.submit(helder::startConversation));
        }
        for (var future : started) {
            customers.add(new Customer(future.get()));
        }
        starters.shutdown();
        // What the conversations alone keep alive, so that what the streams add can be told apart.
        Map<String, long[]> histogramBefore = histogram == null ? null : sampler.histogram(suffixed(histogram, "-before.txt"));
        double liveBeforeStreams = sampler.liveHeapMb();
        if (heapDump != null) {
            sampler.heapDump(suffixed(heapDump, "-before.hprof"));
        }
        System.out.printf(Locale.ROOT, "%d conversations started; server threads %d, live heap %.0f MB%n",
                customers.size(), sampler.threads(), liveBeforeStreams);

        // Streams: one client for all, its work on two threads; opened at most 200 at a time.
        ExecutorService clientThreads = Executors.newFixedThreadPool(2);
        HttpClient streamClient = HttpClient.newBuilder().executor(clientThreads).connectTimeout(Duration.ofSeconds(30)).build();
        Semaphore opening = new Semaphore(200);
        CountDownLatch allConnected = new CountDownLatch(customers.size());
        AtomicInteger refused = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>(); // why streams did not open: status or exception
        long openStart = System.nanoTime();
        for (Customer customer : customers) {
            opening.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(helder.base() + "/api/v1/conversations/" + customer.conversation.id() + "/events"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + customer.conversation.token()).build();
            streamClient.sendAsync(request, info -> {
                if (info.statusCode() != 200) {
                    refusals.merge("HTTP " + info.statusCode(), 1, Integer::sum);
                    refused.incrementAndGet();
                    opening.release();
                    allConnected.countDown();
                    return HttpResponse.BodySubscribers.discarding();
                }
                return HttpResponse.BodySubscribers.fromLineSubscriber(new EventReader(customer, () -> {
                    opening.release();
                    allConnected.countDown();
                }));
            }).whenComplete((response, failure) -> {
                customer.ended = true;
                if (failure != null && !customer.connected) {
                    refusals.merge(failure.toString(), 1, Integer::sum);
                    refused.incrementAndGet();
                    opening.release();
                    allConnected.countDown();
                }
            });
        }
        if (!allConnected.await(5, TimeUnit.MINUTES)) {
            System.err.println("not every stream connected within five minutes");
        }
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        Thread.sleep(5_000); // idle: what do 10,000 quiet streams cost?
        sampler.snapshot("idle");
        int openStreams = customers.size() - refused.get();
        if (!refusals.isEmpty()) {
            System.out.println("streams that did not open, by reason: " + refusals);
        }
        System.out.printf(Locale.ROOT, "%d streams open in %.1f s (%d refused or failed); idle: server threads %d, heap used %.0f MB, RSS %.0f MB%n",
                openStreams, openSeconds, refused.get(), sampler.threads(), sampler.heapUsedMb(), sampler.rssMb());
        if (histogramBefore != null) {
            Map<String, long[]> histogramOpen = sampler.histogram(suffixed(histogram, "-open.txt"));
            String growth = growthPerStream(histogramBefore, histogramOpen, openStreams, 25);
            System.out.print(growth);
            Files.writeString(suffixed(histogram, "-per-stream.txt"), growth);
        }
        if (heapDump != null) {
            sampler.heapDump(suffixed(heapDump, "-open.hprof"));
        }
        double liveIdle = sampler.liveHeapMb();
        double perStreamKb = (liveIdle - liveBeforeStreams) * 1024 / Math.max(1, openStreams);
        System.out.printf(Locale.ROOT, "live heap with the streams open and idle %.0f MB: %.1f KB per stream above the %.0f MB before they opened%n",
                liveIdle, perStreamKb, liveBeforeStreams);
        if (idleOnly) {
            String table = String.format(Locale.ROOT, """
                    | %d idle streams, -Xmx%s | value |
                    |---|---|
                    | streams open (refused or failed) | %d (%d) in %.1f s |
                    | live heap after full GC: conversations only / streams open and idle | %.0f / %.0f MB |
                    | live heap per open stream | %.1f KB |
                    | server heap used, idle streams (jstat) | %.0f MB |
                    | server RSS, idle streams / peak (VmHWM) | %.0f / %.0f MB |
                    | server threads, idle streams | %d |
                    | load average (2 cores, shared) | %s |
                    """, customers.size(), heap, openStreams, refused.get(), openSeconds, liveBeforeStreams, liveIdle,
                    perStreamKb, sampler.heapAt("idle"), sampler.rssAt("idle"), sampler.peakRssMb(), sampler.threadsAt("idle"), LoadAverage.all());
            System.out.println(table);
            sampler.stop();
            writeReport(table);
            return refused.get() == 0 ? 0 : 1;
        }

        // Turns: open loop, one message per customer per period, spread over the period; a warm-up period first.
        HttpClient turnClient = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        LatencyRecorder latency = new LatencyRecorder();
        LatencyRecorder delivery = new LatencyRecorder();
        AtomicInteger failedTurns = new AtomicInteger();
        AtomicLong outstanding = new AtomicLong();
        // At most this many turns in flight: each is a connection of its own, and ports and descriptors are finite.
        Semaphore inFlight = new Semaphore(256);
        int total = customers.size() * (periods + 1);
        long gapNanos = TimeUnit.SECONDS.toNanos(periodSeconds) / customers.size();
        long t0 = System.nanoTime();
        long measureFrom = t0 + TimeUnit.SECONDS.toNanos(periodSeconds);
        Map<String, Long> dueById = new ConcurrentHashMap<>();
        AtomicLong lastAnswered = new AtomicLong(t0);
        int sent = 0;
        for (int k = 0; k < total; k++) {
            if (maxSendSeconds > 0 && System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(maxSendSeconds)) {
                System.out.printf(Locale.ROOT, "stopped sending after %d s: %d of %d turns sent%n", maxSendSeconds, k, total);
                break;
            }
            sent++;
            long due = t0 + k * gapNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Customer customer = customers.get(k % customers.size());
            boolean measured = due >= measureFrom;
            HttpRequest request = HttpRequest.newBuilder(URI.create(helder.base() + "/api/v1/conversations/" + customer.conversation.id() + "/messages"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + customer.conversation.token())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + QUESTIONS.get(k % QUESTIONS.size()) + "\"}")).build();
            inFlight.acquire(); // when the server falls behind, the next turn goes late; its latency counts from when it was due
            outstanding.incrementAndGet();
            turnClient.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long done = System.nanoTime();
                outstanding.decrementAndGet();
                inFlight.release();
                if (failure != null || response.statusCode() != 200) {
                    failedTurns.incrementAndGet();
                    return;
                }
                if (measured) {
                    lastAnswered.accumulateAndGet(done, Math::max);
                    synchronized (latency) {
                        latency.record(done - due);
                    }
                    Matcher ids = MESSAGE_ID.matcher(response.body());
                    while (ids.find()) {
                        String id = ids.group(1);
                        customer.awaited.put(id, due);
                        dueById.put(id, due);
                    }
                }
            });
        }
        long sendEnd = System.nanoTime();
        while (outstanding.get() > 0 && System.nanoTime() - sendEnd < TimeUnit.SECONDS.toNanos(60)) {
            Thread.sleep(50);
        }
        Thread.sleep(5_000); // events still on their way
        sampler.snapshot("end");
        long unfinished = outstanding.get();

        int expected = 0;
        int missing = 0;
        int endedEarly = 0;
        for (Customer customer : customers) {
            if (customer.ended) {
                endedEarly++;
            }
            for (String id : customer.awaited.keySet()) {
                expected++;
                if (!customer.received.contains(id)) {
                    missing++;
                }
            }
        }
        for (Customer customer : customers) {
            for (String id : customer.received) {
                Long due = dueById.get(id);
                Long arrived = ARRIVALS.get(id);
                if (due != null && arrived != null) {
                    delivery.record(arrived - due);
                }
            }
        }
        // Answered measured turns per second of wall clock, from when the first measured turn was due to the last answer:
        // what the server kept up with (the schedule asked for streams / period).
        double measuredSeconds = Math.max(1e-9, (lastAnswered.get() - measureFrom) / 1e9);
        String table = String.format(Locale.ROOT, """
                | %d streams, a message each every %d s, %d measured periods, -Xmx%s | value |
                |---|---|
                | streams open (refused or failed) | %d (%d) in %.1f s |
                | turns due / sent / measured / failed / unfinished 60 s after the last was sent | %d / %d / %d / %d / %d (%.0f measured turns/s answered, %.0f/s due) |
                | turn latency from when due: p50 / p99 / max | %.1f / %.1f / %.1f ms |
                | own messages delivered on the stream (expected, missing) | %d, %d |
                | delivery from when the turn was due: p50 / p99 | %.1f / %.1f ms |
                | streams ended before the end | %d |
                | live heap after full GC: conversations only / streams open and idle (per stream) / at the end | %.0f / %.0f (%.1f KB) / %.0f MB |
                | server heap used (jstat), idle streams / peak under load | %.0f / %.0f MB |
                | server RSS, idle / peak (VmHWM) | %.0f / %.0f MB |
                | server threads, idle streams / end | %d / %d |
                | garbage collections over the whole run (jstat) | %s |
                | load average at the end (2 cores, shared) | %s |
                """, customers.size(), periodSeconds, periods, heap,
                customers.size() - refused.get(), refused.get(), openSeconds,
                total, sent, latency.count(), failedTurns.get(), unfinished, latency.count() / measuredSeconds,
                (double) customers.size() / periodSeconds,
                latency.percentileMillis(0.5), latency.percentileMillis(0.99), latency.percentileMillis(1.0),
                expected, missing, delivery.percentileMillis(0.5), delivery.percentileMillis(0.99), endedEarly,
                liveBeforeStreams, liveIdle, perStreamKb, sampler.liveHeapMb(), sampler.heapAt("idle"), sampler.peakHeapMb(),
                sampler.rssAt("idle"), sampler.peakRssMb(),
                sampler.threadsAt("idle"), sampler.threads(), sampler.gc, LoadAverage.all());
        System.out.println(table);
        sampler.stop();
        writeReport(table);
        return missing == 0 && failedTurns.get() == 0 && unfinished == 0 && refused.get() == 0 ? 0 : 1;
    }

    private void writeReport(String table) throws IOException {
        if (report != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table);
        }
    }

    private static Path suffixed(Path prefix, String suffix) throws IOException {
        Path file = Path.of(prefix + suffix);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        return file;
    }

    /** The classes whose live instances grew most between two histograms, in bytes per open stream. */
    static String growthPerStream(Map<String, long[]> before, Map<String, long[]> after, int streams, int top) {
        record Growth(String name, long instances, long bytes) {
        }
        List<Growth> growth = new ArrayList<>();
        long totalBytes = 0;
        for (Map.Entry<String, long[]> entry : after.entrySet()) {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            Growth grown = new Growth(entry.getKey(), entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]);
            totalBytes += grown.bytes();
            growth.add(grown);
        }
        growth.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "live objects added by %d open streams: %.1f KB per stream in all; the classes that grew most:%n", streams,
                totalBytes / 1024.0 / Math.max(1, streams)));
        text.append(String.format(Locale.ROOT, "%12s %14s  %s%n", "bytes/stream", "objects/stream", "class"));
        for (Growth grown : growth.subList(0, Math.min(top, growth.size()))) {
            text.append(String.format(Locale.ROOT, "%12.0f %14.2f  %s%n", (double) grown.bytes() / Math.max(1, streams),
                    (double) grown.instances() / Math.max(1, streams), grown.name()));
        }
        return text.toString();
    }

    /** When each message id arrived on a stream (ids are unique across conversations). */
    private static final Map<String, Long> ARRIVALS = new ConcurrentHashMap<>();

    /** Reads a stream line by line: message events' ids, and the first comment line, which says the stream is open. */
    private static final class EventReader implements Flow.Subscriber<String> {
        private final Customer customer;
        private final Runnable onConnected;

        EventReader(Customer customer, Runnable onConnected) {
            this.customer = customer;
            this.onConnected = onConnected;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!customer.connected && line.startsWith(":")) {
                customer.connected = true;
                onConnected.run();
            } else if (line.startsWith("id:")) {
                String id = line.substring(3).strip();
                ARRIVALS.putIfAbsent(id, System.nanoTime());
                customer.received.add(id);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            customer.ended = true;
        }

        @Override
        public void onComplete() {
            customer.ended = true;
        }
    }

    /** The server's heap (one {@code jstat -gc} process, every 2 s), RSS and threads (/proc). */
    private static final class ServerSampler {
        private final long pid;
        private final Map<String, double[]> snapshots = new ConcurrentHashMap<>();
        private volatile double heapUsedMb;
        private volatile double peakHeapMb;
        private volatile String gc = "unknown";
        private volatile Process jstat;

        ServerSampler(long pid) {
            this.pid = pid;
        }

        void start() throws IOException {
            jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "2000").redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                    String header = lines.readLine();
                    List<String> columns = header == null ? List.of() : List.of(header.trim().split("\\s+"));
                    String line;
                    while ((line = lines.readLine()) != null) {
                        String[] values = line.trim().split("\\s+");
                        if (values.length != columns.size() || values[0].equals(columns.get(0))) {
                            continue;
                        }
                        double kb = 0;
                        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                            int at = columns.indexOf(column);
                            if (at >= 0) {
                                kb += Double.parseDouble(values[at].replace(',', '.'));
                            }
                        }
                        heapUsedMb = kb / 1024;
                        int young = columns.indexOf("YGC");
                        int full = columns.indexOf("FGC");
                        int time = columns.indexOf("GCT");
                        if (young >= 0 && full >= 0 && time >= 0) {
                            gc = String.format(Locale.ROOT, "%s young, %s full, %s s in all", values[young], values[full], values[time]);
                        }
                        peakHeapMb = Math.max(peakHeapMb, heapUsedMb);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // jstat ended with the server
                }
            }, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        void snapshot(String name) {
            snapshots.put(name, new double[] {heapUsedMb, rssMb(), threads()});
        }

        double heapAt(String name) {
            return snapshots.getOrDefault(name, new double[3])[0];
        }

        double rssAt(String name) {
            return snapshots.getOrDefault(name, new double[3])[1];
        }

        int threadsAt(String name) {
            return (int) snapshots.getOrDefault(name, new double[3])[2];
        }

        double heapUsedMb() {
            return heapUsedMb;
        }

        double peakHeapMb() {
            return peakHeapMb;
        }

        /** Heap used right after a full collection: what the open streams and conversations keep alive. */
        double liveHeapMb() throws IOException, InterruptedException {
            Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            gc.waitFor();
            Process info = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor();
            Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
            return used.find() ? Long.parseLong(used.group(2)) / 1024.0 : Double.NaN;
        }

        /**
         * {@code jcmd GC.class_histogram} (a full GC first: live objects only), written to {@code file}; returns
         * instances and bytes by class name.
         */
        Map<String, long[]> histogram(Path file) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
            String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            Files.writeString(file, text);
            Map<String, long[]> byClass = new java.util.HashMap<>();
            Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
            while (row.find()) {
                byClass.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
            return byClass;
        }

        /** {@code jcmd GC.heap_dump}: live objects only. */
        void heapDump(Path file) throws IOException, InterruptedException {
            Files.deleteIfExists(file);
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_dump", file.toAbsolutePath().toString())
                    .redirectErrorStream(true).start();
            jcmd.getInputStream().readAllBytes();
            jcmd.waitFor();
        }

        double rssMb() {
            return status("VmRSS") / 1024.0;
        }

        double peakRssMb() {
            return status("VmHWM") / 1024.0;
        }

        int threads() {
            return (int) status("Threads");
        }

        private long status(String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                return -1;
            }
            return -1;
        }

        void stop() {
            if (jstat != null) {
                jstat.destroy();
            }
        }
    }

    private static long openFileLimit() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                return Long.parseLong(line.substring("Max open files".length()).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }

}
