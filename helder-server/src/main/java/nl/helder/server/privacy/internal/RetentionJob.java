package nl.helder.server.privacy.internal;

import nl.helder.server.conversation.ConversationRecords;
import nl.helder.server.handoff.HandoffProperties;
import nl.helder.server.handoff.Tickets;
import nl.helder.server.privacy.PrivacyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
    private final MeterRegistry metrics;

    RetentionJob(ConversationRecords records, Tickets tickets, PrivacyProperties properties, HandoffProperties handoff, Clock clock,
                 MeterRegistry metrics) {
        this.metrics = metrics;
        this.records = records;
        this.tickets = tickets;
        this.properties = properties;
        this.handoff = handoff;
        this.clock = clock;
    }

    /**
     * The nightly run, on one node only when several share a database: the others skip it while the lock is held
     * (and for at least a minute, so nodes whose clocks differ by seconds do not run it twice).
     */
    @Scheduled(cron = "${helder.privacy.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "retention", lockAtLeastFor = "PT1M")
    public void scheduled() {
        run();
    }

    /** Runs now (also from the admin API); returns how many conversations' content was erased. */
    int run() {
        metrics.counter("helder.retention.runs").increment();
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
