package org.giswatch.platform.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** One token bucket per client key, held in a bounded cache so unknown clients cannot exhaust memory. */
@ApplicationScoped
public class RateLimiter {

    /** The outcome of one request against its client's budget. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {
    }

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .expireAfterAccess(10, TimeUnit.MINUTES)
                .build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    public Decision consume(String clientKey) {
        Bucket bucket = buckets.get(clientKey, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.burst())
                        .refillGreedy(config.requestsPerMinute(), Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long waitSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        long resetSeconds = probe.isConsumed() ? secondsToFull(probe.getRemainingTokens()) : waitSeconds;
        return new Decision(probe.isConsumed(), config.burst(), probe.getRemainingTokens(), resetSeconds);
    }

    private long secondsToFull(long remaining) {
        long missing = config.burst() - remaining;
        return (long) Math.ceil(missing * 60.0 / config.requestsPerMinute());
    }
}
