package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The quarantined articles of the latest import, and the article versions administrators released. */
@Repository
class QuarantineRepository {

    /** A quarantined article with the check's verdict. */
    record Quarantined(Article article, double score, List<String> reasons, String source, Instant quarantinedAt) {
    }

    private final JdbcClient jdbc;

    QuarantineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Quarantined> findAll() {
        return jdbc.sql("SELECT * FROM kb_quarantine ORDER BY position").query((rs, row) -> new Quarantined(
                new Article(rs.getString("id"), rs.getString("title"), rs.getString("url"), rs.getString("locale"),
                        split(rs.getString("tags")), rs.getString("body")),
                rs.getDouble("score"), split(rs.getString("reasons")), rs.getString("source"),
                rs.getTimestamp("quarantined_at").toInstant())).list();
    }

    Optional<Quarantined> find(String id) {
        return findAll().stream().filter(q -> q.article().id().equals(id)).findFirst();
    }

    /** Replaces the whole quarantine, as an import replaces the whole knowledge base; in the caller's transaction. */
    void replaceAll(List<Quarantined> quarantined) {
        jdbc.sql("DELETE FROM kb_quarantine").update();
        int position = 0;
        for (Quarantined q : quarantined) {
            Article article = q.article();
            jdbc.sql("""
                    INSERT INTO kb_quarantine (id, position, title, url, locale, tags, body, score, reasons, source, quarantined_at)
                    VALUES (:id, :position, :title, :url, :locale, :tags, :body, :score, :reasons, :source, :at)""")
                    .param("id", article.id())
                    .param("position", position++)
                    .param("title", article.title())
                    .param("url", article.url())
                    .param("locale", article.locale())
                    .param("tags", String.join("\n", article.tags()))
                    .param("body", article.body())
                    .param("score", q.score())
                    .param("reasons", String.join("\n", q.reasons()))
                    .param("source", q.source())
                    .param("at", Timestamp.from(q.quarantinedAt()))
                    .update();
        }
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM kb_quarantine WHERE id = :id").param("id", id).update() > 0;
    }

    /** Remembers that an administrator judged this exact version of the article harmless. */
    void recordRelease(Article article, String actor, Instant at) {
        jdbc.sql("DELETE FROM kb_release WHERE article_id = :id AND content_hash = :hash")
                .param("id", article.id()).param("hash", contentHash(article)).update();
        jdbc.sql("INSERT INTO kb_release (article_id, content_hash, released_by, released_at) VALUES (:id, :hash, :actor, :at)")
                .param("id", article.id()).param("hash", contentHash(article)).param("actor", actor)
                .param("at", Timestamp.from(at)).update();
    }

    /** Whether an administrator released exactly this version of the article before. */
    boolean wasReleased(Article article) {
        return jdbc.sql("SELECT COUNT(*) FROM kb_release WHERE article_id = :id AND content_hash = :hash")
                .param("id", article.id()).param("hash", contentHash(article)).query(Long.class).single() > 0;
    }

    /** SHA-256 over every field the check reads or the customer sees, so any change is checked afresh. */
    static String contentHash(Article article) {
        String content = String.join("\u0000", article.id(), article.title(), article.url(), article.locale(),
                String.join("\n", article.tags()), article.body());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }
}
