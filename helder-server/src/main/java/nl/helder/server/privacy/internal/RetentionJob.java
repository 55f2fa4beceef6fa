package nl.helder.server.privacy.internal;

import nl.helder.server.conversation.ConversationRecords;
import nl.helder.server.handoff.HandoffProperties;
import nl.helder.server.handoff.Tickets;
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
    private final Tickets tickets;
    private final PrivacyProperties properties;
    private final HandoffProperties handoff;
    private final Clock clock;

    RetentionJob(ConversationRecords records, Tickets tickets, PrivacyProperties properties, HandoffProperties handoff, Clock clock) {
        this.records = records;
        this.tickets = tickets;
        this.properties = properties;
        this.handoff = handoff;
        this.clock = clock;
    }

    @Scheduled(cron = "${helder.privacy.retention-cron:0 30 3 * * *}")
    int run() {
        Instant now = clock.instant();
        int erased = records.eraseInactiveSince(now.minus(properties.transcriptRetention()), now);
        int purged = records.purgeExpiredKeptValues(now);
        int ticketsDeleted = tickets.deleteCreatedBefore(now.minus(handoff.ticketRetention()));
        log.info("Retention: erased the content of {} conversation(s) inactive for more than {}; deleted {} expired kept value(s) "
                + "and {} ticket(s) older than {}", erased, properties.transcriptRetention(), purged, ticketsDeleted,
                handoff.ticketRetention());
        return erased;
    }
}
