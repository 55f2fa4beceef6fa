package nl.helder.server.security.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The failure counts and known addresses in the database, so every node behind it enforces one limit. A bucket
 * is {@code (account, address)} with {@code ""} for "any": see {@code V14__sign_in_attempts.sql}.
 */
@Component
class SignInAttempts {

    static final String ANY = "";

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A bucket's failures since {@code forgetBefore}. */
    record Failures(String account, String address, int count, Instant last) {
    }

    Optional<Failures> find(String account, String address, Instant forgetBefore) {
        return jdbc.sql("""
                SELECT account, address, failures, last_failure_at FROM sign_in_attempts
                WHERE account = :account AND address = :address AND last_failure_at >= :forgetBefore""")
                .param("account", account).param("address", address).param("forgetBefore", utc(forgetBefore))
                .query(SignInAttempts::failures).optional();
    }

    /**
     * Counts one more failure in an existing row (starting again from 1 if the last one is older than
     * {@code forgetBefore}) and returns the new count, or empty if there is no row yet: then {@link #create}
     * it outside the transaction and call again. The row is locked while it is read and written, so concurrent
     * failures on several nodes each count.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Integer> recordFailure(String account, String address, Instant now, Instant forgetBefore) {
        Optional<Failures> current = jdbc.sql("""
                SELECT account, address, failures, last_failure_at FROM sign_in_attempts
                WHERE account = :account AND address = :address FOR UPDATE""")
                .param("account", account).param("address", address).query(SignInAttempts::failures).optional();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        int count = current.get().last().isBefore(forgetBefore) ? 1 : current.get().count() + 1;
        jdbc.sql("UPDATE sign_in_attempts SET failures = :count, last_failure_at = :now WHERE account = :account AND address = :address")
                .param("count", count).param("now", utc(now)).param("account", account).param("address", address).update();
        return Optional.of(count);
    }

    /**
     * Adds a bucket with no failures yet, unless another node just did. Not inside a transaction: on
     * PostgreSQL a refused insert would spoil the transaction around it.
     */
    void create(String account, String address, Instant now) {
        try {
            jdbc.sql("INSERT INTO sign_in_attempts (account, address, failures, last_failure_at) VALUES (:account, :address, 0, :now)")
                    .param("account", account).param("address", address).param("now", utc(now)).update();
        } catch (DuplicateKeyException raced) {
            // Created by a concurrent failure: just as good.
        }
    }

    void forget(String account, String address) {
        jdbc.sql("DELETE FROM sign_in_attempts WHERE account = :account AND address = :address")
                .param("account", account).param("address", address).update();
    }

    /** Removes an account's counts, from every address; how many there were. */
    int forgetAccount(String account) {
        return jdbc.sql("DELETE FROM sign_in_attempts WHERE account = :account AND account <> ''").param("account", account).update();
    }

    /** Removes the count of one address across accounts; how many there were. */
    int forgetAddress(String address) {
        return jdbc.sql("DELETE FROM sign_in_attempts WHERE account = '' AND address = :address").param("address", address).update();
    }

    /** Buckets with at least {@code minimum} failures since {@code forgetBefore}, newest first. */
    List<Failures> atLeast(int minimum, Instant forgetBefore, int limit) {
        return jdbc.sql("""
                SELECT account, address, failures, last_failure_at FROM sign_in_attempts
                WHERE failures >= :minimum AND last_failure_at >= :forgetBefore ORDER BY last_failure_at DESC
                FETCH FIRST :limit ROWS ONLY""")
                .param("minimum", minimum).param("forgetBefore", utc(forgetBefore)).param("limit", limit)
                .query(SignInAttempts::failures).list();
    }

    /** When {@code username} last signed in from {@code address}, if since {@code since}. */
    Optional<Instant> lastSuccess(String username, String address, Instant since) {
        return jdbc.sql("""
                SELECT last_success_at FROM sign_in_known_address
                WHERE username = :username AND address = :address AND last_success_at >= :since""")
                .param("username", username).param("address", address).param("since", utc(since))
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /** Not inside a transaction, for the same reason as {@link #create}. */
    void remember(String username, String address, Instant now) {
        int updated = jdbc.sql("UPDATE sign_in_known_address SET last_success_at = :now WHERE username = :username AND address = :address")
                .param("now", utc(now)).param("username", username).param("address", address).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_known_address (username, address, last_success_at) VALUES (:username, :address, :now)")
                        .param("username", username).param("address", address).param("now", utc(now)).update();
            } catch (DuplicateKeyException raced) {
                // Remembered by a concurrent sign-in: just as good.
            }
        }
    }

    /** Deletes failures last seen before {@code failuresBefore} and addresses not used since {@code knownBefore}. */
    int deleteExpired(Instant failuresBefore, Instant knownBefore) {
        return jdbc.sql("DELETE FROM sign_in_attempts WHERE last_failure_at < :before").param("before", utc(failuresBefore)).update()
                + jdbc.sql("DELETE FROM sign_in_known_address WHERE last_success_at < :before").param("before", utc(knownBefore)).update();
    }

    private static Failures failures(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Failures(rs.getString("account"), rs.getString("address"), rs.getInt("failures"),
                rs.getObject("last_failure_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
