package nl.helder.server.knowledge;

/**
 * The knowledge base's best answer material for a question.
 *
 * @param article    the best-matching article
 * @param passage    the part of the article that answers the question, as plain text
 * @param confidence the calibrated probability in (0, 1) that this is the right article, from how much of the
 *                   question it covers (the IDF-weighted share of the question's words, or their synonyms,
 *                   translations, compound parts or near-spellings, that the article contains)
 */
public record KnowledgeMatch(Article article, String passage, double confidence) {
}
