package nl.helder.server.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that writes live events to their streams, so the thread that produced an event (a request,
 * a committing turn, the listener of other nodes' broadcasts) never waits for a client's socket. Shared by all
 * {@link EventStreams}: a fixed number of threads and a queue with room for one drain task per open stream
 * (a stream has at most one queued or running at a time), so neither grows with traffic.
 */
public final class StreamSender implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final int maxPending;
    private final Counter dropped;

    /**
     * @param threads     writing threads
     * @param maxPending  events one stream may have waiting before it is ended
     * @param maxStreams  streams open at most over all {@link EventStreams} that use this sender
     */
    public StreamSender(int threads, int maxPending, int maxStreams, MeterRegistry meters) {
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(maxStreams + threads),
                task -> {
                    Thread thread = new Thread(task, "helder-stream-sender-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.maxPending = maxPending;
        this.dropped = (meters == null ? Metrics.globalRegistry : meters).counter("helder.streams.dropped", "reason", "slow");
    }

    /** For tests and tools: a sender with its own pool and no metrics registry. */
    public static StreamSender of(int threads, int maxPending, int maxStreams) {
        return new StreamSender(threads, maxPending, maxStreams, null);
    }

    int maxPending() {
        return maxPending;
    }

    /**
     * Runs {@code task} on a sending thread.
     *
     * @throws RejectedExecutionException when the queue is full, which the limits above make a bug, or after {@link #close()}
     */
    void execute(Runnable task) {
        pool.execute(task);
    }

    void droppedSlow() {
        dropped.increment();
    }

    /** Stops taking events and lets the queued ones be written for up to a second. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
