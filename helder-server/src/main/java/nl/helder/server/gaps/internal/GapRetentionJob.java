package nl.helder.server.gaps.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes gap questions asked longer ago than {@code helder.knowledge.gaps.retention}. Questions also go, earlier,
 * with their conversation's content ({@link GapRecorder} on erasure and transcript retention).
 */
@Component
class GapRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(GapRetentionJob.class);

    private final GapService gaps;

    GapRetentionJob(GapService gaps) {
        this.gaps = gaps;
    }

    /** Nightly, on one node only when several share a database. */
    @Scheduled(cron = "${helder.knowledge.gaps.retention-cron:0 40 3 * * *}")
    @SchedulerLock(name = "gap-retention", lockAtLeastFor = "PT1M")
    public void scheduled() {
        run();
    }

    /** Runs now, outside the scheduler's lock; returns how many questions were deleted. */
    int run() {
        int deleted = gaps.expire();
        log.info("Gap list retention: deleted {} question(s) asked before the retention", deleted);
        return deleted;
    }
}
