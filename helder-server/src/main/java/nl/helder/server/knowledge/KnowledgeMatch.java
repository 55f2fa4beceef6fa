package nl.helder.server.knowledge;

/**
 * The knowledge base's best answer material for a question.
 *
 * @param article    the best-matching article
 * @param passage    the part of the article that answers the question, as plain text
 * @param confidence how much of the question the article covers, in [0, 1]: the IDF-weighted share of
 *                   the question's words (or their synonyms, compound parts or near-spellings) that the
 *                   article contains
 */
public record KnowledgeMatch(Article article, String passage, double confidence) {
}
