package nl.helder.server.knowledge;

import java.time.Instant;

/** Published after the knowledge base was replaced and re-indexed. */
public record KnowledgeReplaced(String source, int articles, Instant at) {
}
