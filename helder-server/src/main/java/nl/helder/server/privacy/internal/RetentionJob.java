package nl.helder.server.privacy.internal;

import nl.helder.server.conversation.ConversationRecords;
import nl.helder.server.privacy.PrivacyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Erases the content of conversations inactive for longer than {@code helder.privacy.transcript-retention}. */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ConversationRecords records;
    private final PrivacyProperties properties;
    private final Clock clock;

    RetentionJob(ConversationRecords records, PrivacyProperties properties, Clock clock) {
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${helder.privacy.retention-cron:0 30 3 * * *}")
    int run() {
        Instant now = clock.instant();
        int erased = records.eraseInactiveSince(now.minus(properties.transcriptRetention()), now);
        int purged = records.purgeExpiredKeptValues(now);
        log.info("Retention: erased the content of {} conversation(s) inactive for more than {}; deleted {} expired kept value(s)",
                erased, properties.transcriptRetention(), purged);
        return erased;
    }
}
