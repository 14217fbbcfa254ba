package dev.annex.host.security;

import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failures for one login, further attempts are
 * refused (429) for a delay that doubles with each failure, up to a cap. A success clears it.
 * Kept in memory: a restart forgets, which only ever helps a real user.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    protected LoginThrottle() {
        this(null);
    }

    /** @throws Refusal {@link Refusal.Reason#TOO_MANY_ATTEMPTS} while this login is held back */
    public void checkAllowed(String area, String login) {
        Failures current = failures.get(key(area, login));
        Instant now = Instant.now(clock);
        if (current != null && current.blockedUntil() != null && now.isBefore(current.blockedUntil())) {
            throw Refusal.tooManyAttempts(Duration.between(now, current.blockedUntil()));
        }
    }

    public void failed(String area, String login) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Instant now = Instant.now(clock);
        failures.compute(key(area, login), (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            if (count < FREE_ATTEMPTS) {
                return new Failures(count, null);
            }
            long factor = 1L << Math.min(20, count - FREE_ATTEMPTS);
            Duration delay = FIRST_DELAY.multipliedBy(factor);
            return new Failures(count, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
        });
    }

    public void succeeded(String area, String login) {
        failures.remove(key(area, login));
    }

    private static String key(String area, String login) {
        return area + "|" + login.trim().toLowerCase(Locale.ROOT);
    }
}
