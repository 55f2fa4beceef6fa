package nl.helder.server.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Retention of what conversations hold (GDPR storage limitation).
 *
 * @param transcriptRetention how long a conversation's messages are kept after its last activity; then its
 *                            content is erased and only a tombstone (header, disclosure evidence) stays
 * @param retentionCron       when the retention job runs (Spring cron, default 03:30 every night)
 */
@ConfigurationProperties("helder.privacy")
public record PrivacyProperties(@DefaultValue("90d") Duration transcriptRetention,
                                @DefaultValue("0 30 3 * * *") String retentionCron) {

    public PrivacyProperties {
        if (transcriptRetention.isNegative() || transcriptRetention.isZero()) {
            throw new IllegalArgumentException("helder.privacy.transcript-retention must be positive");
        }
    }
}
