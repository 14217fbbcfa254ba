package dev.annex.host.time;

import java.time.Duration;

/**
 * How long to wait before trying failed work (a mail, an event delivery) again: doubling from
 * {@code first} up to {@code cap}, so a short outage costs seconds and a long one does not hammer
 * whatever is down.
 */
public record BackoffPolicy(Duration first, Duration cap) {

    /** 10 s, 20 s, 40 s, … up to 1 h. */
    public static final BackoffPolicy DEFAULT = new BackoffPolicy(Duration.ofSeconds(10), Duration.ofHours(1));

    public BackoffPolicy {
        if (first == null || first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("first delay must be positive");
        }
        if (cap == null || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("cap must be at least the first delay");
        }
    }

    /** The wait after the {@code failedAttempts}-th failure (1 for the first): first × 2^(failedAttempts − 1), capped. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        // Past 2^30 every realistic first delay is beyond any cap; stopping there keeps the product in range.
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
