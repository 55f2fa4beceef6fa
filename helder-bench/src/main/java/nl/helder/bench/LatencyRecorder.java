package nl.helder.bench;

import java.util.Arrays;

/** Collects latencies in nanoseconds; not thread-safe (one per worker, merged afterwards). */
final class LatencyRecorder {

    private long[] values = new long[1 << 14];
    private int size;

    void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(LatencyRecorder other) {
        for (int i = 0; i < other.size; i++) {
            record(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    /** The value at quantile {@code q} (0..1), nearest-rank, in milliseconds. */
    double percentileMillis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }
}
