package nl.helder.server.cluster.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.helder.server.cluster.RateLimit;
import nl.helder.server.cluster.RateLimits;

import java.time.Clock;
import java.time.Duration;

/**
 * Token buckets in this node's memory: right for one node (the embedded database), and the fallback when shared
 * limits are switched off. Buckets of idle keys are evicted, so memory is bounded by the active keys.
 */
final class LocalRateLimits implements RateLimits {

    private final Clock clock;

    LocalRateLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RateLimit perMinute(String name, int perMinute) {
        Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(1_000_000).build();
        return key -> buckets.get(key, k -> new Bucket(perMinute, clock.millis())).take(perMinute, clock.millis());
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized long take(double perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * perMinute / 60_000.0);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
        }
    }
}
