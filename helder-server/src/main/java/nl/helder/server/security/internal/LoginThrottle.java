package nl.helder.server.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for an account, that account cannot
 * sign in with a password for {@code LOCK} after the last failure, even with the right one (form login and
 * HTTP Basic alike). API tokens are not affected: they are not guessable.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder().expireAfterWrite(LOCK).maximumSize(100_000).build();

    /** Refuses a locked account before its password is even checked. */
    void check(String username) {
        AtomicInteger count = failures.getIfPresent(key(username));
        if (count != null && count.get() >= MAX_FAILURES) {
            throw new LockedException("Too many failed sign-ins; try again later.");
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        // compute() is a write, so the lock lasts from the newest failure on.
        int count = failures.asMap().compute(key(username), (k, counter) -> {
            AtomicInteger next = counter == null ? new AtomicInteger() : counter;
            next.incrementAndGet();
            return next;
        }).get();
        if (count == MAX_FAILURES) {
            log.warn("Sign-in for '{}' locked for {} minutes after {} wrong passwords", username, LOCK.toMinutes(), MAX_FAILURES);
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        failures.invalidate(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
