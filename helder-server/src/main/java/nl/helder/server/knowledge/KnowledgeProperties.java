package nl.helder.server.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * How the knowledge base answers.
 *
 * @param minConfidence   below this share of the question covered by the best article, the assistant says
 *                        it does not know instead of answering (0-1)
 * @param suggestConfidence below {@code minConfidence} but at or above this, the assistant offers the (up to three)
 *                        articles that reach it to choose from ({@code SUGGESTIONS}) instead of saying it does not
 *                        know; set it to {@code minConfidence} to never suggest (0-1)
 * @param maxPassageChars the longest passage quoted as an answer
 * @param synonyms        a folder with extra synonym files {@code synonyms-<locale>.txt} (Solr format), added
 *                        to the bundled ones
 */
@ConfigurationProperties("helder.knowledge")
public record KnowledgeProperties(@DefaultValue(KnowledgeProperties.DEFAULT_MIN_CONFIDENCE) double minConfidence,
                                  @DefaultValue(KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE) double suggestConfidence,
                                  @DefaultValue("700") int maxPassageChars,
                                  Path synonyms) {

    /** Tuned on the dev split of the retrieval evaluation set; see the README. */
    public static final String DEFAULT_MIN_CONFIDENCE = "0.5";
    public static final double DEFAULT_MIN_CONFIDENCE_VALUE = Double.parseDouble(DEFAULT_MIN_CONFIDENCE);
    /** See the README's knowledge-base evaluation for how it was chosen. */
    public static final String DEFAULT_SUGGEST_CONFIDENCE = "0.25";
    public static final double DEFAULT_SUGGEST_CONFIDENCE_VALUE = Double.parseDouble(DEFAULT_SUGGEST_CONFIDENCE);

    public KnowledgeProperties {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("helder.knowledge.min-confidence must be within [0, 1]");
        }
        if (suggestConfidence < 0 || suggestConfidence > minConfidence) {
            throw new IllegalArgumentException("helder.knowledge.suggest-confidence must be within [0, min-confidence]");
        }
        if (maxPassageChars < 100) {
            throw new IllegalArgumentException("helder.knowledge.max-passage-chars must be at least 100");
        }
    }
}
