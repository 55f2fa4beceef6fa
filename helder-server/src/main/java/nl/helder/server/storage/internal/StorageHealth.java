package nl.helder.server.storage.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.NestedExceptionUtils;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code storage} health component: DOWN once a write or force of the H2 file failed, because from then on
 * {@link H2Sync} refuses every commit until Helder restarts (each customer turn would end in an error). It is part
 * of the readiness group, so a load balancer stops sending customers to a node that can no longer store their
 * turns, while liveness stays UP and the node keeps serving what it has (the agent console can still read).
 * <p>
 * Boot's own {@code db} component cannot see this: its validation query only reads, and reads still work.
 */
final class StorageHealth implements HealthIndicator {

    private final DataSource dataSource;

    StorageHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        if (!(dataSource instanceof DurableConnections durable)) {
            return Health.up().withDetail("commits", "confirmed by the database").build();
        }
        Optional<SQLException> failure = durable.groupSync().finalFailure();
        if (failure.isPresent()) {
            return Health.down()
                    .withDetail("commits", "refused: writing or forcing the database file failed; restart Helder "
                            + "once the disk is healthy")
                    .withDetail("cause", String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure.get())))
                    .build();
        }
        return Health.up().withDetail("commits", "forced to disk before they are confirmed").build();
    }
}
