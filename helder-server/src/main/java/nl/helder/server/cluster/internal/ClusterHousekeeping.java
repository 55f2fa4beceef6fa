package nl.helder.server.cluster.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every five minutes, on one node: deletes outbox rows older than ten minutes (every node read them long ago)
 * and rate-limit buckets that are full again.
 */
class ClusterHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(ClusterHousekeeping.class);

    private final PostgresBroadcasts broadcasts;
    private final SharedRateLimits limits;

    ClusterHousekeeping(PostgresBroadcasts broadcasts, SharedRateLimits limits) {
        this.broadcasts = broadcasts;
        this.limits = limits;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "cluster-housekeeping", lockAtMostFor = "PT4M")
    public void scheduled() {
        int outbox = broadcasts == null ? 0 : broadcasts.removeOldOutbox(600_000);
        int buckets = 0;
        if (limits != null) {
            int removed;
            do {
                removed = limits.removeExpired();
                buckets += removed;
            } while (removed == 1_000);
        }
        if (outbox + buckets > 0) {
            log.debug("Removed {} outbox rows and {} full rate-limit buckets", outbox, buckets);
        }
    }
}
