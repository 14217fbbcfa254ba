package dev.annex.host.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.host.refusal.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, new MemoryFailureCounts());

    @Test
    void theFirstFailuresAreFree() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("t1", "a@x");
        }
        assertDoesNotThrow(() -> throttle.checkAllowed("t1", "a@x"));
    }

    @Test
    void afterTooManyFailuresTheLoginIsHeldBackWithRetryAfter() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("t1", "a@x");
        }
        Refusal refusal = assertThrows(Refusal.class, () -> throttle.checkAllowed("t1", "A@X "));
        assertEquals(Refusal.Reason.TOO_MANY_ATTEMPTS, refusal.reason());
        assertEquals(Duration.ofSeconds(30), refusal.retryAfter());
    }

    @Test
    void theDelayDoublesWithEachFurtherFailureAndEnds() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS + 1; i++) {
            throttle.failed("t1", "a@x");
        }
        clock.now = clock.now.plus(Duration.ofSeconds(59));
        assertThrows(Refusal.class, () -> throttle.checkAllowed("t1", "a@x"));
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertDoesNotThrow(() -> throttle.checkAllowed("t1", "a@x"));
    }

    @Test
    void failuresAreCountedPerAreaAndLogin() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("t1", "a@x");
        }
        assertDoesNotThrow(() -> throttle.checkAllowed("t2", "a@x"));
        assertDoesNotThrow(() -> throttle.checkAllowed("t1", "b@x"));
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("t1", "a@x");
        }
        throttle.succeeded("t1", "a@x");
        throttle.failed("t1", "a@x");
        assertDoesNotThrow(() -> throttle.checkAllowed("t1", "a@x"));
    }

    @Test
    void aFailureThatLostTheRaceToStartTheCountIsCountedOnTheWinnersRow() {
        MemoryFailureCounts counts = new MemoryFailureCounts();
        counts.add(LoginThrottleTest.key("t1", "a@x"), clock.now); // the winner's row
        FailureCounts losingOnce = new FailureCounts() {
            private boolean lost;

            @Override
            public java.util.Optional<Instant> blockedUntil(String key) {
                return counts.blockedUntil(key);
            }

            @Override
            public int add(String key, Instant now) {
                if (!lost) {
                    lost = true;
                    throw new FailureCounts.FirstFailureRace(new IllegalStateException("duplicate key"));
                }
                return counts.add(key, now);
            }

            @Override
            public void block(String key, Instant until) {
                counts.block(key, until);
            }

            @Override
            public void clear(String key) {
                counts.clear(key);
            }
        };
        LoginThrottle racing = new LoginThrottle(clock, losingOnce);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            racing.failed("t1", "a@x");
        }
        // The winner's failure and these four make five: held back only if the lost one counted.
        assertThrows(Refusal.class, () -> racing.checkAllowed("t1", "a@x"));
    }

    private static String key(String area, String login) {
        return area + "|" + login;
    }
}
