package nl.helder.server.security.internal;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused without checking the password, because its account or address must still wait. */
class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; try again in " + seconds(wait) + " seconds.");
        this.retryAfterSeconds = seconds(wait);
    }

    /** The wait in whole seconds, rounded up, at least 1 (the value of {@code Retry-After}). */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
