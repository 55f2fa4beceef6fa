package nl.helder.server.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * Published, in the import's transaction, for each article an import kept out of the index because it looks
 * like text aimed at an AI (indirect prompt injection). The rest of the import is served.
 *
 * @param score   the check's score in [0, 1]
 * @param reasons what the check recognised (never the article's text)
 */
public record ArticleQuarantined(String articleId, String source, double score, List<String> reasons, Instant at) {

    public ArticleQuarantined {
        reasons = List.copyOf(reasons);
    }
}
