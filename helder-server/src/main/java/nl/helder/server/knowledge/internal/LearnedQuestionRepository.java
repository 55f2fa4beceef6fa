package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.LearnedQuestions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Example questions administrators linked to articles from the gap list, kept apart from the imported articles. */
@Repository
class LearnedQuestionRepository {

    private final JdbcClient jdbc;

    LearnedQuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String articleId, String question, String language, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO kb_learned_question (id, article_id, question, language, linked_by, linked_at)
                VALUES (:id, :article, :question, :language, :actor, :at)""")
                .param("id", UUID.randomUUID()).param("article", articleId).param("question", question)
                .param("language", language).param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    /** Per article id, its learned questions, oldest first, without repeats. */
    Map<String, Set<String>> byArticle() {
        Map<String, Set<String>> byArticle = new LinkedHashMap<>();
        jdbc.sql("SELECT article_id, question FROM kb_learned_question ORDER BY linked_at, id")
                .query((rs, row) -> byArticle.computeIfAbsent(rs.getString("article_id"), id -> new LinkedHashSet<>())
                        .add(rs.getString("question")))
                .list();
        return byArticle;
    }

    List<LearnedQuestions.Learned> findAll() {
        return jdbc.sql("SELECT * FROM kb_learned_question ORDER BY linked_at, id").query((rs, row) -> learned(rs)).list();
    }

    Optional<LearnedQuestions.Learned> find(UUID id) {
        return jdbc.sql("SELECT * FROM kb_learned_question WHERE id = :id").param("id", id).query((rs, row) -> learned(rs)).optional();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM kb_learned_question WHERE id = :id").param("id", id).update();
    }

    private static LearnedQuestions.Learned learned(ResultSet rs) throws SQLException {
        return new LearnedQuestions.Learned(rs.getObject("id", UUID.class), rs.getString("article_id"), rs.getString("question"),
                rs.getString("language"), rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant());
    }
}
