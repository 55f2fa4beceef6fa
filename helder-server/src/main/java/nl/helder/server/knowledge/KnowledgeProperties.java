package nl.helder.server.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * How the knowledge base answers.
 *
 * @param minConfidence   below this probability that the best article is the right one (a calibrated confidence,
 *                        see the README's reliability table), the assistant does not answer (0-1)
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

    /**
     * Chosen on the dev questions (blind telecom set and demo set) with the calibrated confidence (about coverage
     * 0.47): the most right answers before out-of-scope questions get answered; see the README.
     */
    public static final String DEFAULT_MIN_CONFIDENCE = "0.45";
    public static final double DEFAULT_MIN_CONFIDENCE_VALUE = Double.parseDouble(DEFAULT_MIN_CONFIDENCE);
    /**
     * About coverage 0.29: the dev questions favoured 0.15 (more right articles offered), but up to 0.22 plainly
     * off-topic English questions ("Who won the champions league?") got suggestions through loose dictionary
     * translations; see the README.
     */
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
