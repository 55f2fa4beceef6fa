package nl.helder.server.gaps.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The gap list's tables: listed questions and translation counts. */
@Repository
class GapRepository {

    /** How many questions in {@code language} reached the article {@code articleId}, written in another language. */
    record TranslationCount(String articleId, String language, int questions, Instant lastAt) {
    }

    private final JdbcClient jdbc;

    GapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GapQuestion q) {
        jdbc.sql("""
                INSERT INTO kb_gap_question (id, conversation_id, asked_at, kind, language, question, confidence, article_id, offered)
                VALUES (:id, :conversation, :at, :kind, :language, :question, :confidence, :article, :offered)""")
                .param("id", q.id()).param("conversation", q.conversationId()).param("at", Timestamp.from(q.askedAt()))
                .param("kind", q.kind().name()).param("language", q.language()).param("question", q.question())
                .param("confidence", q.confidence()).param("article", q.articleId())
                .param("offered", String.join("\n", q.offered())).update();
    }

    /** The newest open questions, at most {@code limit}. */
    List<GapQuestion> open(int limit) {
        return jdbc.sql("SELECT * FROM kb_gap_question WHERE status = 'OPEN' ORDER BY asked_at DESC, id LIMIT :limit")
                .param("limit", limit).query((rs, row) -> question(rs)).list();
    }

    /** The conversation's newest open question listed because of suggestions, if any. */
    Optional<GapQuestion> latestSuggestions(UUID conversationId) {
        return jdbc.sql("""
                SELECT * FROM kb_gap_question WHERE conversation_id = :id AND kind = 'SUGGESTIONS' AND status = 'OPEN'
                ORDER BY asked_at DESC, id LIMIT 1""").param("id", conversationId).query((rs, row) -> question(rs)).optional();
    }

    void choose(UUID questionId, String articleId) {
        jdbc.sql("UPDATE kb_gap_question SET article_id = :article WHERE id = :id").param("article", articleId)
                .param("id", questionId).update();
    }

    /** Resolves open questions: {@code LINKED} to {@code articleId}, or {@code OUT_OF_SCOPE}; returns how many. */
    int resolve(Collection<UUID> ids, String status, String articleId, String actor, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                UPDATE kb_gap_question SET status = :status, resolved_article = :article, resolved_by = :actor, resolved_at = :at
                WHERE status = 'OPEN' AND id IN (:ids)""")
                .param("status", status).param("article", articleId).param("actor", actor).param("at", Timestamp.from(at))
                .param("ids", ids).update();
    }

    /** Counts {@code questions} more questions in {@code language} that reached {@code articleId}. */
    void countTranslation(String articleId, String language, int questions, Instant at) {
        int updated = jdbc.sql("""
                UPDATE kb_gap_translation SET questions = questions + :n, last_at = :at
                WHERE article_id = :article AND language = :language""")
                .param("n", questions).param("at", Timestamp.from(at)).param("article", articleId).param("language", language)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO kb_gap_translation (article_id, language, questions, last_at) VALUES (:article, :language, :n, :at)")
                    .param("article", articleId).param("language", language).param("n", questions).param("at", Timestamp.from(at))
                    .update();
        }
    }

    List<TranslationCount> translations(int atLeast) {
        return jdbc.sql("SELECT * FROM kb_gap_translation WHERE questions >= :n ORDER BY questions DESC, article_id, language")
                .param("n", atLeast)
                .query((rs, row) -> new TranslationCount(rs.getString("article_id"), rs.getString("language"), rs.getInt("questions"),
                        rs.getTimestamp("last_at").toInstant())).list();
    }

    /** Everything the gap list holds from one conversation (its content was erased). */
    void deleteConversation(UUID conversationId) {
        jdbc.sql("DELETE FROM kb_gap_question WHERE conversation_id = :id").param("id", conversationId).update();
    }

    /** Deletes what was asked before {@code cutoff}; returns how many questions went. */
    int deleteBefore(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        int questions = jdbc.sql("DELETE FROM kb_gap_question WHERE asked_at < :cutoff").param("cutoff", before).update();
        jdbc.sql("DELETE FROM kb_gap_translation WHERE last_at < :cutoff").param("cutoff", before).update();
        return questions;
    }

    private static GapQuestion question(ResultSet rs) throws SQLException {
        String offered = rs.getString("offered");
        return new GapQuestion(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
                rs.getTimestamp("asked_at").toInstant(), GapQuestion.Kind.valueOf(rs.getString("kind")), rs.getString("language"),
                rs.getString("question"), rs.getDouble("confidence"), rs.getString("article_id"),
                offered == null || offered.isEmpty() ? List.of() : Arrays.asList(offered.split("\n")));
    }
}
