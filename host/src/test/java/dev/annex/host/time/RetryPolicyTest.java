package dev.annex.host.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(new BackoffPolicy(Duration.ofSeconds(2), Duration.ofSeconds(5)), 3);

    @Test
    void eachFailureWaitsTheBackoffUntilTheLastAttemptGivesUp() {
        assertEquals(Optional.of(NOW.plusSeconds(2)), policy.nextAttempt(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(4)), policy.nextAttempt(2, NOW));
        assertTrue(policy.nextAttempt(3, NOW).isEmpty());
        assertTrue(policy.nextAttempt(4, NOW).isEmpty());
    }

    @Test
    void atLeastOneAttemptIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(BackoffPolicy.DEFAULT, 0));
    }
}
