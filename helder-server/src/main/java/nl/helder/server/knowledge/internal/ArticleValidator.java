package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.InvalidKnowledgeException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the structure of a whole knowledge base before it replaces the current one, and reports every problem
 * at once. Text aimed at an AI is not judged here: {@link ArticleScreen} does that, and a suspicion quarantines
 * one article instead of rejecting the import.
 */
final class ArticleValidator {

    static final int MAX_ARTICLES = 20_000;
    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_TAGS = 50;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}");

    private ArticleValidator() {
    }

    static void validate(List<Article> articles) {
        List<String> problems = new ArrayList<>();
        if (articles.isEmpty()) {
            problems.add("the knowledge base has no articles");
        }
        if (articles.size() > MAX_ARTICLES) {
            problems.add("too many articles: " + articles.size() + " (at most " + MAX_ARTICLES + ")");
        }
        Set<String> ids = new HashSet<>();
        for (Article article : articles) {
            String where = "article '" + article.id() + "'";
            if (!ID.matcher(article.id()).matches()) {
                problems.add(where + ": id must be 1-200 letters, digits, '.', '_' or '-'");
            } else if (!ids.add(article.id())) {
                problems.add(where + ": duplicate id");
            }
            if (article.title().isBlank() || article.title().length() > MAX_TITLE) {
                problems.add(where + ": title must be 1-" + MAX_TITLE + " characters");
            }
            if (article.body().isBlank() || article.body().length() > MAX_BODY) {
                problems.add(where + ": body must be 1-" + MAX_BODY + " characters");
            }
            if (!LOCALE.matcher(article.locale()).matches()) {
                problems.add(where + ": locale must be a two-letter language code such as nl or en");
            }
            if (!isWebAddress(article.url())) {
                problems.add(where + ": url must be an absolute http(s) address");
            }
            if (article.tags().size() > MAX_TAGS) {
                problems.add(where + ": at most " + MAX_TAGS + " tags");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
