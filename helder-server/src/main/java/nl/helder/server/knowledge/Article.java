package nl.helder.server.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One approved knowledge-base article: the only material the assistant may answer from.
 *
 * @param id     stable identifier, unique within the knowledge base (file name or {@code id} field)
 * @param title  the title shown as the source of an answer
 * @param url    where the customer can read the whole article
 * @param locale language of the article ({@code nl}, {@code en}, ...)
 * @param tags   extra search words, e.g. {@code [retour, geld terug]}
 * @param body   the article text in Markdown
 * @param questions example questions customers ask that the article answers (front matter {@code questions:}),
 *                  searched as phrasings of the article's topic; never shown as its content
 */
public record Article(String id, String title, String url, String locale, List<String> tags, String body,
                      List<String> questions) {

    /** An article without example questions. */
    public Article(String id, String title, String url, String locale, List<String> tags, String body) {
        this(id, title, url, locale, tags, body, List.of());
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(body, "body");
        tags = tags == null ? List.of() : List.copyOf(tags);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
