package dev.annex.host.security;

import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down guessing — of passwords, and of secret links ({@code dev.annex.host.links}): after a
 * few failures for one login, further attempts are refused (429) for a delay that doubles with
 * each failure, up to a cap. A success clears it (the secret links never report one).
 * The counts are kept in {@link FailureCounts} (the database), so every node of a cluster counts the
 * failures made through all of them.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final Clock clock;
    private final FailureCounts failures;

    @Inject
    public LoginThrottle(Clock clock, FailureCounts failures) {
        this.clock = clock;
        this.failures = failures;
    }

    protected LoginThrottle() {
        this(null, null);
    }

    /** @throws Refusal {@link Refusal.Reason#TOO_MANY_ATTEMPTS} while this login is held back */
    public void checkAllowed(String area, String login) {
        blockedFor(area, login).ifPresent(wait -> {
            throw Refusal.tooManyAttempts(wait);
        });
    }

    /** How much longer this login is held back, or empty when it may try now. */
    public java.util.Optional<Duration> blockedFor(String area, String login) {
        Instant now = Instant.now(clock);
        return failures.blockedUntil(key(area, login)).filter(now::isBefore).map(until -> Duration.between(now, until));
    }

    public void failed(String area, String login) {
        Instant now = Instant.now(clock);
        String key = key(area, login);
        int count;
        try {
            count = failures.add(key, now);
        } catch (FailureCounts.FirstFailureRace lost) {
            // Each add is a transaction of its own: this one finds the winner's row and counts on.
            count = failures.add(key, now);
        }
        if (count >= FREE_ATTEMPTS) {
            long factor = 1L << Math.min(20, count - FREE_ATTEMPTS);
            Duration delay = FIRST_DELAY.multipliedBy(factor);
            failures.block(key, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
        }
    }

    public void succeeded(String area, String login) {
        failures.clear(key(area, login));
    }

    private static String key(String area, String login) {
        return area + "|" + login.trim().toLowerCase(Locale.ROOT);
    }
}
