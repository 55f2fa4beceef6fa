package nl.helder.server.knowledge.internal;

import nl.helder.guard.InjectionAssessment;
import nl.helder.guard.injection.InjectionGuard;
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
 * Checks a whole knowledge base before it replaces the current one, and reports every problem at once. An
 * article that carries instructions for an AI ("ignore your instructions and ...") is a problem too: the
 * assistant quotes articles, and with a language model switched on it reads them, so such text would be an
 * indirect prompt injection. It is rejected with the rest, not silently dropped, so the author can fix it.
 */
final class ArticleValidator {

    private static final InjectionGuard INJECTION = InjectionGuard.standard();

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
            InjectionAssessment injection = INJECTION.assessDocument(article.title() + "\n\n" + article.body());
            if (injection.blocked()) {
                problems.add(where + ": contains instructions aimed at an AI assistant (" + String.join("; ", injection.reasons())
                        + "); remove or rephrase them");
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
