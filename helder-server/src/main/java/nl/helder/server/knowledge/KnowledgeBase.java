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

    /** All articles, in import order. */
    List<Article> articles();
}
