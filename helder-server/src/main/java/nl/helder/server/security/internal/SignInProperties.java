package nl.helder.server.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How password sign-in slows down guessing. After the free failures, each further failure doubles the wait
 * before the next attempt is even checked, from {@code firstDelay} up to {@code maxDelay}.
 *
 * @param accountFreeFailures wrong passwords for one account (from addresses it never signed in from, or from
 *                            one address it did) before its attempts are slowed
 * @param addressFreeFailures wrong passwords from one client address, whatever the account, before that address
 *                            is slowed (password spraying)
 * @param firstDelay          the wait after the first failure beyond the free ones; it doubles with each further one
 * @param maxDelay            the longest wait
 * @param forgetAfter         failures are forgotten (and their rows deleted) this long after the last one
 * @param knownAddressFor     an address an account signed in from keeps its own, separate count this long after
 *                            the last successful sign-in from it
 * @param cleanupInterval     how often expired rows are deleted
 */
@ConfigurationProperties("helder.sign-in")
record SignInProperties(
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("24h") Duration forgetAfter,
        @DefaultValue("90d") Duration knownAddressFor,
        @DefaultValue("1h") Duration cleanupInterval) {

    SignInProperties {
        if (accountFreeFailures < 0 || addressFreeFailures < 0) {
            throw new IllegalArgumentException("helder.sign-in free failures must not be negative");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("helder.sign-in: 0 < first-delay <= max-delay");
        }
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("helder.sign-in.forget-after must be at least max-delay");
        }
    }

    BackOff account() {
        return new BackOff(accountFreeFailures, firstDelay, maxDelay);
    }

    BackOff address() {
        return new BackOff(addressFreeFailures, firstDelay, maxDelay);
    }
}
