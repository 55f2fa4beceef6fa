package nl.helder.server.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * This knowledge base limited to the articles that carry at least one of {@code tags} (compared without case),
     * e.g. the scope of one mailbox; itself when {@code tags} is empty. Confidences are those of the whole base:
     * an article does not become a surer answer because others are out of scope.
     */
    default KnowledgeBase within(Set<String> tags) {
        return tags == null || tags.isEmpty() ? this : new TaggedKnowledge(this, tags);
    }
}
