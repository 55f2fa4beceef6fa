package nl.helder.server.knowledge;

import java.util.List;

/**
 * Replaces the knowledge base. Structural problems (duplicate ids, bad URLs, missing fields) reject the whole
 * import and the previous knowledge base stays in use. An article that only looks like text aimed at an AI is
 * not a reason to refuse the rest: it is quarantined (not indexed) and the other articles are served.
 */
public interface KnowledgeImport {

    /** Validates and stores {@code articles} as the whole knowledge base, then re-indexes it. */
    ImportResult replaceAll(List<Article> articles);

    /** Reads the configured source again ({@code helder.kb}, or the bundled demo) and replaces the knowledge base. */
    ImportResult reimport();

    /**
     * What an import did.
     *
     * @param articles    the articles now served
     * @param quarantined the ids of the articles kept out of the index for an administrator to judge
     */
    record ImportResult(String source, int articles, List<String> locales, List<String> quarantined) {
    }
}
