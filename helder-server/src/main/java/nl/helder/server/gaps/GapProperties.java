package nl.helder.server.gaps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The knowledge base's gap list.
 *
 * @param retention         how long a listed question is kept at most; it goes earlier when its conversation's
 *                          content is erased (on request, or by {@code helder.privacy.transcript-retention})
 * @param retentionCron     when expired questions are deleted (Spring cron, default 03:40 every night)
 * @param lowConfidence     answers below this calibrated confidence are listed too, as low-confidence (0-1)
 * @param similarity        the least cosine similarity (TF-IDF over stemmed words) a question needs with a group to
 *                          join it; lower makes fewer, broader groups (0-1)
 * @param translationFlag   how many questions in one language must reach an article written in another before the
 *                          article is flagged as lacking a translation
 * @param maxQuestions      the most open questions grouped on the page (the newest); older ones wait
 */
@ConfigurationProperties("helder.knowledge.gaps")
public record GapProperties(@DefaultValue("90d") Duration retention,
                            @DefaultValue("0 40 3 * * *") String retentionCron,
                            @DefaultValue("0.6") double lowConfidence,
                            @DefaultValue("0.3") double similarity,
                            @DefaultValue("2") int translationFlag,
                            @DefaultValue("2000") int maxQuestions) {

    public GapProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("helder.knowledge.gaps.retention must be positive");
        }
        if (lowConfidence < 0 || lowConfidence > 1) {
            throw new IllegalArgumentException("helder.knowledge.gaps.low-confidence must be within [0, 1]");
        }
        if (similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("helder.knowledge.gaps.similarity must be within (0, 1]");
        }
        if (translationFlag < 1) {
            throw new IllegalArgumentException("helder.knowledge.gaps.translation-flag must be at least 1");
        }
        if (maxQuestions < 1) {
            throw new IllegalArgumentException("helder.knowledge.gaps.max-questions must be at least 1");
        }
    }
}
