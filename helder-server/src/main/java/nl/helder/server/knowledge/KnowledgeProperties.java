package nl.helder.server.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * How the knowledge base answers.
 *
 * @param minConfidence   below this share of the question covered by the best article, the assistant says
 *                        it does not know instead of answering (0-1)
 * @param maxPassageChars the longest passage quoted as an answer
 * @param synonyms        a folder with extra synonym files {@code synonyms-<locale>.txt} (Solr format), added
 *                        to the bundled ones
 */
@ConfigurationProperties("helder.knowledge")
public record KnowledgeProperties(@DefaultValue(KnowledgeProperties.DEFAULT_MIN_CONFIDENCE) double minConfidence,
                                  @DefaultValue("700") int maxPassageChars,
                                  Path synonyms) {

    /** Tuned on the dev split of the retrieval evaluation set; see the README. */
    public static final String DEFAULT_MIN_CONFIDENCE = "0.5";
    public static final double DEFAULT_MIN_CONFIDENCE_VALUE = Double.parseDouble(DEFAULT_MIN_CONFIDENCE);

    public KnowledgeProperties {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("helder.knowledge.min-confidence must be within [0, 1]");
        }
        if (maxPassageChars < 100) {
            throw new IllegalArgumentException("helder.knowledge.max-passage-chars must be at least 100");
        }
    }
}
