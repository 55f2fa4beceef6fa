package nl.helder.server.knowledge;

import java.util.List;
import java.util.Optional;

/** Searches the approved articles. Thread-safe; reflects the latest completed import. */
public interface KnowledgeBase {

    /**
     * Finds the article that best answers {@code question}.
     *
     * @param question      the customer's (redacted) question
     * @param preferredLocale the conversation's language; articles in it win ties, others still match
     * @return the best match with its confidence, or empty when no article shares a word with the question
     */
    Optional<KnowledgeMatch> bestMatch(String question, String preferredLocale);

    /**
     * The articles that best answer {@code question}, best first, one passage each, at most {@code limit}: the
     * material a language model may answer from.
     */
    List<KnowledgeMatch> topMatches(String question, String preferredLocale, int limit);

    /** All articles, in import order. */
    List<Article> articles();
}
