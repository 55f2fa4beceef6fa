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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * This follows OWASP's "Blocking Brute Force Attacks" and its device-cookie scheme, with the address a user
 * signed in from standing in for the device (scripts using HTTP Basic keep no cookies).
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
    record Bucket(String account, String address, BackOff backOff) {

        String scope() {
            return account.isEmpty() ? "ADDRESS" : address.isEmpty() ? "ACCOUNT" : "ACCOUNT_AT_KNOWN_ADDRESS";
        }
    }

    /**
     * An attempt's place in a count: it was counted (as {@code count}) before its password was checked, so
     * that simultaneous attempts cannot all slip through before any of them is counted; {@code previousFailure}
     * is what the last failure was before, to put back if the password is right.
     */
    record Reserved(Bucket bucket, int count, Instant at, Instant previousFailure) {
    }

    /**
     * An attempt about to be checked: how long it must still wait (zero: it may go ahead, and has been counted in
     * {@code reserved}).
     */
    record Attempt(String account, String address, Optional<Instant> knownSince, List<Reserved> reserved, Duration waitFor) {

        boolean allowed() {
            return waitFor.isZero();
        }
    }

    /**
     * Checks the counts an attempt falls under and, if none makes it wait, counts it in each of them at once (the
     * rows stay locked in between), so of many simultaneous attempts only as many go ahead as the counts allow.
     */
    Attempt begin(String username, String address) {
        String account = key(username);
        // Milliseconds, as every database keeps them: undo() finds its own count by this time.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Instant> known = account.isEmpty() ? Optional.empty()
                : attempts.lastSuccess(account, address, now.minus(properties.knownAddressFor()));
        // Always the account's count before the address's: the same lock order everywhere, so no deadlock.
        List<Bucket> buckets = account.isEmpty() ? List.of(new Bucket(ANY, address, properties.address()))
                : known.isPresent() ? List.of(new Bucket(account, address, properties.account()))
                : List.of(new Bucket(account, ANY, properties.account()), new Bucket(ANY, address, properties.address()));
        buckets.forEach(b -> attempts.createIfMissing(b.account(), b.address(), now));
        Instant forgetBefore = now.minus(properties.forgetAfter());
        return transaction.execute(status -> {
            List<SignInAttempts.Failures> current = buckets.stream()
                    .map(b -> attempts.lock(b.account(), b.address()).orElse(new SignInAttempts.Failures(b.account(), b.address(), 0, now)))
                    .map(f -> f.last().isBefore(forgetBefore) ? new SignInAttempts.Failures(f.account(), f.address(), 0, f.last()) : f)
                    .toList();
            Duration wait = Duration.ZERO;
            for (int i = 0; i < buckets.size(); i++) {
                Duration left = buckets.get(i).backOff().remaining(current.get(i).count(), current.get(i).last(), clock);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
            if (!wait.isZero()) {
                return new Attempt(account, address, known, List.of(), wait);
            }
            List<Reserved> reserved = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                int count = current.get(i).count() + 1;
                attempts.update(buckets.get(i).account(), buckets.get(i).address(), count, now);
                reserved.add(new Reserved(buckets.get(i), count, now, current.get(i).last()));
            }
            return new Attempt(account, address, known, List.copyOf(reserved), Duration.ZERO);
        });
    }

    /** A wrong password (or an unknown account): it stays counted, with an audit entry when a count starts to slow. */
    void failed(Attempt attempt) {
        for (Reserved reserved : attempt.reserved()) {
            if (reserved.bucket().backOff().firstSlowed(reserved.count())) {
                slowed(reserved.bucket(), attempt.address(), reserved.count(), reserved.at());
            }
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

    /**
     * The right password: the address becomes (or stays) known, the account's count starts again from zero, and
     * the address's count forgets this attempt.
     */
    void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        if (!attempt.account().isEmpty()
                && (attempt.knownSince().isEmpty() || attempt.knownSince().get().isBefore(now.minus(REFRESH_KNOWN)))) {
            attempts.remember(attempt.account(), attempt.address(), now);
        }
        for (Reserved reserved : attempt.reserved()) {
            Bucket bucket = reserved.bucket();
            if (bucket.account().isEmpty()) {
                attempts.undo(bucket.address(), reserved.at(), reserved.previousFailure());
            } else {
                attempts.reset(bucket.account(), bucket.address());
            }
        }
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
