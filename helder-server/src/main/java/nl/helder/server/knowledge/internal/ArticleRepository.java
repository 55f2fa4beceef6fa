package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;

/** The approved articles in the database: the source of truth every node indexes from. */
@Repository
class ArticleRepository {

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Article> findAll() {
        return jdbc.sql("SELECT id, title, url, locale, tags, body, questions FROM kb_article ORDER BY position")
                .query((rs, row) -> new Article(rs.getString("id"), rs.getString("title"), rs.getString("url"),
                        rs.getString("locale"), splitTags(rs.getString("tags")), rs.getString("body"),
                        splitTags(rs.getString("questions"))))
                .list();
    }

    /** Replaces every article; the caller's transaction makes it all or nothing. */
    void replaceAll(List<Article> articles) {
        jdbc.sql("DELETE FROM kb_article").update();
        int position = 0;
        for (Article article : articles) {
            insert(article, position++);
        }
    }

    private void insert(Article article, int position) {
        jdbc.sql("""
                INSERT INTO kb_article (id, position, title, url, locale, tags, body, questions)
                VALUES (:id, :position, :title, :url, :locale, :tags, :body, :questions)""")
                .param("id", article.id())
                .param("position", position)
                .param("title", article.title())
                .param("url", article.url())
                .param("locale", article.locale())
                .param("tags", String.join("\n", article.tags()))
                .param("body", article.body())
                .param("questions", String.join("\n", article.questions()))
                .update();
    }

    /** Adds {@code article} after the others, or replaces the article with its id in place. */
    void replace(Article article) {
        Integer position = jdbc.sql("SELECT position FROM kb_article WHERE id = :id").param("id", article.id())
                .query(Integer.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM kb_article").query(Integer.class).single());
        jdbc.sql("DELETE FROM kb_article WHERE id = :id").param("id", article.id()).update();
        insert(article, position);
    }

    private static List<String> splitTags(String tags) {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n"));
    }
}
