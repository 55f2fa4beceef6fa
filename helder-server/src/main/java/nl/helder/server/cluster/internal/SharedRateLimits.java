package nl.helder.server.cluster.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import nl.helder.server.cluster.RateLimit;
import nl.helder.server.cluster.RateLimits;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Token buckets in PostgreSQL (Bucket4j, table {@code rate_limit_bucket}), so every node draws from the same
 * bucket. A bucket row expires once it would be full again; {@link #removeExpired()} deletes those rows. Its
 * commits do not wait for the disk ({@link UnflushedCommits}).
 */
final class SharedRateLimits implements RateLimits {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedRateLimits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(new UnflushedCommits(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public RateLimit perMinute(String name, int perMinute) {
        Supplier<BucketConfiguration> configuration = () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        return key -> {
            ConsumptionProbe probe = buckets.builder().build(name + ":" + key, configuration).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? 0 : Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / (double) TimeUnit.SECONDS.toNanos(1)));
        };
    }

    /** Deletes up to a thousand buckets that are full again (so equal to no row at all); returns how many. */
    int removeExpired() {
        return buckets.removeExpired(1_000);
    }
}
