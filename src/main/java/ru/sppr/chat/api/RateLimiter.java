package ru.sppr.chat.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key: {@code perMinute} requests a minute with bursts of the same size. {@link #acquire}
 * answers how many seconds to wait when the bucket is empty (0 = go ahead).
 */
final class RateLimiter {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.capacity = perMinute;
        this.perNano = perMinute / (double) NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for {@code key}; returns 0 when allowed, otherwise the seconds until a token is free. */
    long acquire(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * perNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9);
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
