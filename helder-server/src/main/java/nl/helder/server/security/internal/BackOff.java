package nl.helder.server.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Exponential back-off after failed sign-ins: no wait for the first {@code freeFailures}, then
 * {@code firstDelay}, doubling with each further failure up to {@code maxDelay}, counted from the last failure.
 */
record BackOff(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** The wait after {@code failures} failures, measured from the last one. */
    Duration delayAfter(int failures) {
        int doublings = failures - freeFailures - 1;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        if (doublings >= 62) {
            return maxDelay;
        }
        long factor = 1L << doublings;
        long millis = firstDelay.toMillis();
        if (millis > maxDelay.toMillis() / factor) {
            return maxDelay;
        }
        Duration delay = Duration.ofMillis(millis * factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** How long the next attempt must still wait ({@link Duration#ZERO} if it may go ahead now). */
    Duration remaining(int failures, Instant lastFailure, Clock clock) {
        Duration left = Duration.between(clock.instant(), lastFailure.plus(delayAfter(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether this failure is the one that starts the slowing down (for one audit entry per episode). */
    boolean firstSlowed(int failures) {
        return failures == freeFailures + 1;
    }
}
