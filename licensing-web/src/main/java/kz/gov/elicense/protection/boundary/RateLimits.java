package kz.gov.elicense.protection.boundary;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One kind of limited request (the public register, failed sign-ins): a token bucket per client address, from
 * MicroProfile Config ({@code licensing.rate-limit.<kind>.capacity} requests at once, refilled at
 * {@code .per-minute}). Buckets of addresses that have come back to full are forgotten when there are many, so a
 * scan from many addresses cannot fill the memory.
 */
final class RateLimits {

    private static final int FORGET_ABOVE = 10_000;

    private final long capacity;
    private final long perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(long capacity, long perMinute) {
        this.capacity = Math.max(1, capacity);
        this.perMinute = Math.max(1, perMinute);
    }

    static RateLimits of(Config config, String kind, long capacity, long perMinute) {
        String prefix = "licensing.rate-limit." + kind + ".";
        return new RateLimits(config.getOptionalValue(prefix + "capacity", Long.class).orElse(capacity),
                config.getOptionalValue(prefix + "per-minute", Long.class).orElse(perMinute));
    }

    /** Takes one token: empty when allowed, else the seconds until one is there again. */
    OptionalSeconds take(String client) {
        var probe = bucket(client).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalSeconds.NONE : OptionalSeconds.of(probe.getNanosToWaitForRefill());
    }

    /** Whether a token is there, without taking it: for failures counted only once they have failed. */
    OptionalSeconds check(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return OptionalSeconds.NONE;
        }
        return OptionalSeconds.of(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    void count(String client) {
        bucket(client).tryConsume(1);
    }

    private Bucket bucket(String client) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity)
                        .refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    /** Seconds to wait, rounded up; NONE when there is no need to. */
    record OptionalSeconds(long seconds) {
        static final OptionalSeconds NONE = new OptionalSeconds(0);

        static OptionalSeconds of(long nanos) {
            return new OptionalSeconds(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L)));
        }

        boolean limited() {
            return seconds > 0;
        }
    }
}
