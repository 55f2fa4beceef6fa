package nl.helder.server.knowledge;

import java.util.List;

/**
 * Replaces the knowledge base. An import is all or nothing: invalid articles reject the whole import and
 * the previous knowledge base stays in use.
 */
public interface KnowledgeImport {

    /** Validates and stores {@code articles} as the whole knowledge base, then re-indexes it. */
    ImportResult replaceAll(List<Article> articles);

    /** Reads the configured source again ({@code helder.kb}, or the bundled demo) and replaces the knowledge base. */
    ImportResult reimport();

    /** What an import did. */
    record ImportResult(String source, int articles, List<String> locales) {
    }
}
