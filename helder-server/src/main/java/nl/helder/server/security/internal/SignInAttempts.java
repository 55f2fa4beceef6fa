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

    /** The bucket's row, locked until the transaction ends (so simultaneous attempts on several nodes queue). */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Failures> lock(String account, String address) {
        return jdbc.sql("""
                SELECT account, address, failures, last_failure_at FROM sign_in_attempts
                WHERE account = :account AND address = :address FOR UPDATE""")
                .param("account", account).param("address", address).query(SignInAttempts::failures).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void update(String account, String address, int failures, Instant lastFailure) {
        jdbc.sql("UPDATE sign_in_attempts SET failures = :failures, last_failure_at = :at WHERE account = :account AND address = :address")
                .param("failures", failures).param("at", utc(lastFailure)).param("account", account).param("address", address).update();
    }

    /**
     * Adds a bucket with no failures yet, unless it exists (or another node just added it). Not inside a
     * transaction: on PostgreSQL a refused insert would spoil the transaction around it.
     */
    void createIfMissing(String account, String address, Instant now) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM sign_in_attempts WHERE account = :account AND address = :address")
                .param("account", account).param("address", address).query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO sign_in_attempts (account, address, failures, last_failure_at) VALUES (:account, :address, 0, :now)")
                    .param("account", account).param("address", address).param("now", utc(now)).update();
        } catch (DuplicateKeyException raced) {
            // Added by a simultaneous attempt: just as good.
        }
    }

    /** Starts an account's count (from one address or all) again from zero. */
    void reset(String account, String address) {
        jdbc.sql("UPDATE sign_in_attempts SET failures = 0 WHERE account = :account AND address = :address AND failures > 0")
                .param("account", account).param("address", address).update();
    }

    /**
     * Takes one attempt that turned out right off an address's count; puts the time of the last failure back
     * unless another failure came since.
     */
    void undo(String address, Instant counted, Instant previousFailure) {
        jdbc.sql("""
                UPDATE sign_in_attempts SET failures = failures - 1,
                    last_failure_at = CASE WHEN last_failure_at = :counted THEN :previous ELSE last_failure_at END
                WHERE account = '' AND address = :address AND failures > 0""")
                .param("counted", utc(counted)).param("previous", utc(previousFailure)).param("address", address).update();
    }

    /** Removes an account's counts, from every address; how many had failures. */
    int forgetAccount(String account) {
        return jdbc.sql("DELETE FROM sign_in_attempts WHERE account = :account AND account <> '' AND failures > 0")
                .param("account", account).update();
    }

    /** Removes the count of one address across accounts; how many had failures. */
    int forgetAddress(String address) {
        return jdbc.sql("DELETE FROM sign_in_attempts WHERE account = '' AND address = :address AND failures > 0")
                .param("address", address).update();
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

    /** Not inside a transaction, for the same reason as {@link #createIfMissing}. */
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
