package nl.helder.server.security.internal;

import nl.helder.server.audit.Audited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static nl.helder.server.security.internal.SignInAttempts.ANY;

/**
 * Slows down password guessing with exponential back-off instead of locking accounts (see
 * {@link SignInProperties}), with counts in the database so every node enforces the same limit.
 * <p>
 * Which counts an attempt for account {@code u} from address {@code a} is checked against and adds to:
 * <ul>
 *   <li>if {@code u} signed in from {@code a} before (a known address): only its own count {@code (u, a)}, so
 *       failures elsewhere, however many, never slow the real user down at the address they use;</li>
 *   <li>otherwise: the count of the account from unknown addresses {@code (u, *)} and the count of the address
 *       across accounts {@code (*, a)}, which slows password spraying.</li>
 * </ul>
 * While a wait lasts, attempts are refused before the password is checked, so they reveal nothing about it.
 * The right password from an unknown address works once the wait is over; an administrator can lift a wait.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    /** A known address's time of last success is refreshed at most this often, so routine sign-ins write nothing. */
    private static final Duration REFRESH_KNOWN = Duration.ofDays(1);
    private static final int MAX_ACCOUNT_LENGTH = 200;
    private static final String SYSTEM = "system";

    private final SignInAttempts attempts;
    private final SignInProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcUserDetailsManager users;

    SignInThrottle(SignInAttempts attempts, SignInProperties properties, Clock clock, ApplicationEventPublisher events,
                   TransactionTemplate transaction, JdbcUserDetailsManager users) {
        this.attempts = attempts;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
        this.users = users;
    }

    /** One count an attempt is checked against: {@code (account, address)}, {@code ""} meaning any. */
    record Bucket(String account, String address, BackOff backOff, Optional<SignInAttempts.Failures> failures) {

        String scope() {
            return account.isEmpty() ? "ADDRESS" : address.isEmpty() ? "ACCOUNT" : "ACCOUNT_AT_KNOWN_ADDRESS";
        }
    }

    /** An attempt about to be checked: its counts, and how long it must still wait (zero: go ahead). */
    record Attempt(String account, String address, Optional<Instant> knownSince, List<Bucket> buckets, Duration waitFor) {

        boolean allowed() {
            return waitFor.isZero();
        }
    }

    Attempt begin(String username, String address) {
        String account = key(username);
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(properties.forgetAfter());
        Optional<Instant> known = account.isEmpty() ? Optional.empty()
                : attempts.lastSuccess(account, address, now.minus(properties.knownAddressFor()));
        List<Bucket> buckets = account.isEmpty() ? List.of(bucket(ANY, address, properties.address(), forgetBefore))
                : known.isPresent() ? List.of(bucket(account, address, properties.account(), forgetBefore))
                : List.of(bucket(account, ANY, properties.account(), forgetBefore), bucket(ANY, address, properties.address(), forgetBefore));
        Duration wait = buckets.stream()
                .map(b -> b.failures().map(f -> b.backOff().remaining(f.count(), f.last(), clock)).orElse(Duration.ZERO))
                .max(Duration::compareTo).orElse(Duration.ZERO);
        return new Attempt(account, address, known, buckets, wait);
    }

    private Bucket bucket(String account, String address, BackOff backOff, Instant forgetBefore) {
        return new Bucket(account, address, backOff, attempts.find(account, address, forgetBefore));
    }

    /** A wrong password (or an unknown account): counts it in each bucket, with an audit entry when one starts to slow. */
    void failed(Attempt attempt) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(properties.forgetAfter());
        for (Bucket bucket : attempt.buckets()) {
            int count = count(bucket, now, forgetBefore);
            if (bucket.backOff().firstSlowed(count)) {
                slowed(bucket, attempt.address(), count, now);
            }
        }
    }

    private int count(Bucket bucket, Instant now, Instant forgetBefore) {
        for (int tries = 0; ; tries++) {
            Optional<Integer> count = transaction.execute(status -> attempts.recordFailure(bucket.account(), bucket.address(), now, forgetBefore));
            if (count.isPresent() || tries == 2) {
                return count.orElse(1);
            }
            attempts.create(bucket.account(), bucket.address(), now);
        }
    }

    /** One audit entry when a count starts to slow sign-ins, with the network the failure that tipped it came from. */
    private void slowed(Bucket bucket, String address, int failures, Instant now) {
        Duration wait = bucket.backOff().delayAfter(failures);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scope", bucket.scope());
        if (!bucket.account().isEmpty()) {
            details.put("account", auditable(bucket.account()));
        }
        details.put("network", ClientAddress.network(address));
        details.put("failures", failures);
        details.put("waitSeconds", wait.toSeconds());
        log.warn("Sign-in slowed down: {}", details);
        transaction.executeWithoutResult(status -> events.publishEvent(new Audited("SIGN_IN_SLOWED", SYSTEM, null, details, now)));
    }

    /** The right password: the address becomes (or stays) known, and the count this attempt was checked against is cleared. */
    void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        if (attempt.account().isEmpty()) {
            return;
        }
        if (attempt.knownSince().isEmpty() || attempt.knownSince().get().isBefore(now.minus(REFRESH_KNOWN))) {
            attempts.remember(attempt.account(), attempt.address(), now);
        }
        attempt.buckets().stream()
                .filter(b -> !b.account().isEmpty() && b.failures().isPresent())
                .forEach(b -> attempts.forget(b.account(), b.address()));
    }

    /** Lifts every wait of an account (from unknown and known addresses); whether there was any. */
    boolean unlockAccount(String username, String admin) {
        String account = key(username);
        int removed = transaction.execute(status -> {
            int rows = attempts.forgetAccount(account);
            if (rows > 0) {
                events.publishEvent(new Audited("SIGN_IN_UNLOCKED", admin, null,
                        Map.of("scope", "ACCOUNT", "account", auditable(account)), clock.instant()));
            }
            return rows;
        });
        return removed > 0;
    }

    /** Lifts the wait of an address across accounts; whether there was any. */
    boolean unlockAddress(String address, String admin) {
        int removed = transaction.execute(status -> {
            int rows = attempts.forgetAddress(address);
            if (rows > 0) {
                events.publishEvent(new Audited("SIGN_IN_UNLOCKED", admin, null,
                        Map.of("scope", "ADDRESS", "network", ClientAddress.network(address)), clock.instant()));
            }
            return rows;
        });
        return removed > 0;
    }

    /** A count that is slowing sign-ins now, or was recently. */
    record Slowed(String account, String address, int failures, Instant lastFailureAt, Instant waitUntil) {
    }

    List<Slowed> slowed() {
        Instant forgetBefore = clock.instant().minus(properties.forgetAfter());
        int minimum = Math.min(properties.accountFreeFailures(), properties.addressFreeFailures()) + 1;
        return attempts.atLeast(minimum, forgetBefore, 500).stream()
                .map(f -> {
                    BackOff backOff = f.account().isEmpty() ? properties.address() : properties.account();
                    return new Slowed(f.account().isEmpty() ? null : f.account(), f.address().isEmpty() ? null : f.address(),
                            f.count(), f.last(), f.last().plus(backOff.delayAfter(f.count())));
                })
                .filter(s -> s.failures() > (s.account() == null ? properties.addressFreeFailures() : properties.accountFreeFailures()))
                .toList();
    }

    /**
     * The account's name for the audit trail, only if such an account exists: a name typed by mistake (or a
     * password typed into the name field) never enters the trail, which cannot be erased.
     */
    private String auditable(String account) {
        return users.userExists(account) ? account : "(no such account)";
    }

    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_ACCOUNT_LENGTH ? key.substring(0, MAX_ACCOUNT_LENGTH) : key;
    }
}
