package nl.helder.server.security.internal;

import nl.helder.server.audit.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens for scripts. A token is shown once, when it is made; only its SHA-256 hash is stored.
 * Tokens carry a recognisable prefix, so secret scanners can find leaked ones and a customer's conversation
 * token can never be mistaken for one.
 */
@Component
class ApiTokens {

    static final String PREFIX = "hld_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    record TokenInfo(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
    }

    record NewToken(TokenInfo info, String token) {
    }

    @Transactional
    NewToken create(String username, String name, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        TokenInfo info = new TokenInfo(UUID.randomUUID(), name, now, now.plus(validity), null);
        jdbc.sql("""
                INSERT INTO api_token (id, username, name, token_hash, created_at, expires_at)
                VALUES (:id, :username, :name, :hash, :createdAt, :expiresAt)""")
                .param("id", info.id()).param("username", username).param("name", name).param("hash", hash(token))
                .param("createdAt", utc(now)).param("expiresAt", utc(info.expiresAt()))
                .update();
        events.publishEvent(new Audited("API_TOKEN_CREATED", username, null, Map.of("token", info.id().toString(), "name", name,
                "expiresAt", info.expiresAt().toString()), now));
        return new NewToken(info, token);
    }

    List<TokenInfo> list(String username) {
        return jdbc.sql("SELECT * FROM api_token WHERE username = :username ORDER BY created_at")
                .param("username", username)
                .query((rs, row) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class))))
                .list();
    }

    @Transactional
    boolean revoke(String username, UUID id) {
        boolean revoked = jdbc.sql("DELETE FROM api_token WHERE id = :id AND username = :username")
                .param("id", id).param("username", username).update() > 0;
        if (revoked) {
            events.publishEvent(new Audited("API_TOKEN_REVOKED", username, null, Map.of("token", id.toString()), clock.instant()));
        }
        return revoked;
    }

    /** The username a valid, unexpired token belongs to; records when it was used. */
    Optional<String> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<String> username = jdbc.sql("SELECT username FROM api_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token)).param("now", utc(now)).query(String.class).optional();
        username.ifPresent(user -> jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash")
                .param("now", utc(now)).param("hash", hash(token)).update());
        return username;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
