package dev.annex.host.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many requests a signed-in caller may make per minute: a token bucket per API token (each
 * token may have a lower limit of its own), per person signed in with a password or a browser
 * session, and per operator. The bucket refills continuously, so a client that keeps under the
 * rate is never refused, and a burst up to the limit is allowed.
 *
 * <p>Counted on each node: behind a balancer of N nodes a caller gets up to N times the limit.
 * That keeps a database write off every request; the limit is a guard against runaway clients, not
 * a billing meter.
 */
@ApplicationScoped
public class RequestQuotas {

    /** Past this many buckets, full ones (callers idle for a minute) are dropped. */
    static final int SWEEP_ABOVE = 10_000;

    /** What is counted, and how many a minute it may make. */
    public record Quota(String key, int perMinute) {
    }

    /**
     * One request counted: whether it may go on, and what the {@code RateLimit} headers say.
     *
     * @param resetSeconds      when the bucket is full again
     * @param retryAfterSeconds for a refused request, when the next one will be taken
     */
    public record Outcome(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final int installationLimit;
    private final TimeMeter time;
    private final Map<Quota, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RequestQuotas(@ConfigProperty(name = "annex.api.requests-per-minute", defaultValue = "700") int installationLimit) {
        this(installationLimit, TimeMeter.SYSTEM_NANOTIME);
    }

    RequestQuotas(int installationLimit, TimeMeter time) {
        if (installationLimit < 1) {
            throw new IllegalArgumentException("annex.api.requests-per-minute must be 1 or more, not " + installationLimit);
        }
        this.installationLimit = installationLimit;
        this.time = time;
    }

    protected RequestQuotas() {
        this.installationLimit = 1;
        this.time = TimeMeter.SYSTEM_NANOTIME;
    }

    /** The most any caller may make a minute; a token's own limit may only be lower. */
    public int installationLimit() {
        return installationLimit;
    }

    /** The quota of a caller counted under this key, at the installation's limit or a lower own one. */
    public Quota quota(String key, Integer ownLimit) {
        return new Quota(key, ownLimit == null ? installationLimit : Math.min(ownLimit, installationLimit));
    }

    public Outcome take(Quota quota) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= e.getKey().perMinute());
        }
        Bucket bucket = buckets.computeIfAbsent(quota, q -> Bucket.builder()
                .addLimit(limit -> limit.capacity(q.perMinute()).refillGreedy(q.perMinute(), Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        return new Outcome(probe.isConsumed(), quota.perMinute(), probe.getRemainingTokens(), reset,
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
