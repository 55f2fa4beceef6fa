package nl.helder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average from {@code /proc/loadavg}, which every runner reports beside its figures: on a shared
 * machine the load moves timings more than most changes do. Linux only; elsewhere "unknown" or NaN.
 */
final class LoadAverage {

    private LoadAverage() {
    }

    /** The one-minute load average, or NaN when it cannot be read. */
    static double oneMinute() {
        String[] parts = parts();
        return parts == null ? Double.NaN : Double.parseDouble(parts[0]);
    }

    /** The one-, five- and fifteen-minute load averages as "1.2, 3.4, 5.6", or "unknown". */
    static String all() {
        String[] parts = parts();
        return parts == null ? "unknown" : parts[0] + ", " + parts[1] + ", " + parts[2];
    }

    private static String[] parts() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
