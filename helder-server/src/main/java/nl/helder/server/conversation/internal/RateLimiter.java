package nl.helder.server.conversation.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per key (a conversation, a client address): {@code perMinute} requests a minute, with
 * bursts up to the same number. Buckets of idle keys are evicted, so memory is bounded by active keys.
 */
final class RateLimiter {

    private final Cache<Object, Bucket> buckets;
    private final double perMinute;
    private final Clock clock;

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(1_000_000).build();
    }

    /** Takes one token; returns 0 when allowed, else the seconds to wait. */
    long acquire(Object key) {
        Bucket bucket = buckets.get(key, k -> new Bucket(perMinute, clock.millis()));
        return bucket.take(perMinute, clock.millis());
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
