package nl.helder.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop rounds of a fixed length: {@code concurrency} clients each send their next request as soon as the
 * previous one answered. A round fails when any request was not answered with 200, so a figure never counts refusals.
 */
final class LoadRounds {

    /** One request of client {@code worker}, its {@code n}-th; returns the HTTP status. */
    @FunctionalInterface
    interface Target {
        int call(int worker, int n) throws Exception;
    }

    record Result(double perSecond, LatencyRecorder latency) {
    }

    private final int concurrency;

    LoadRounds(int concurrency) {
        this.concurrency = concurrency;
    }

    Result run(Target target, int seconds) throws Exception {
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
        return new Result(all.count() / elapsed, all);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
