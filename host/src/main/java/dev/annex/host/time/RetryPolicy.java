package dev.annex.host.time;

import java.time.Instant;
import java.util.Optional;

/**
 * When failed work (an event delivery, a mail) is tried again, and when it is given up: after each
 * failure the {@link BackoffPolicy}'s wait, until {@code maxAttempts} attempts have failed. The
 * one retry rule of the host's background work.
 */
public record RetryPolicy(BackoffPolicy backoff, int maxAttempts) {

    public RetryPolicy {
        if (backoff == null) {
            throw new IllegalArgumentException("backoff is required");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, was " + maxAttempts);
        }
    }

    /**
     * @param failedAttempts attempts made so far, all failed (1 after the first failure)
     * @return when to try again, or empty when the work is to be given up
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(backoff.delayAfter(failedAttempts)));
    }
}
