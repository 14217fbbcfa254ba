package dev.annex.host.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    private final BackoffPolicy policy = BackoffPolicy.DEFAULT;

    @Test
    void theFirstRetryWaitsTenSecondsAndEachFurtherFailureDoublesIt() {
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(20), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(40), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(1280), policy.delayAfter(8));
    }

    @Test
    void theDelayIsCappedAtOneHour() {
        assertEquals(Duration.ofSeconds(2560), policy.delayAfter(9));
        assertEquals(Duration.ofHours(1), policy.delayAfter(10));
        assertEquals(Duration.ofHours(1), policy.delayAfter(64));
        assertEquals(Duration.ofHours(1), policy.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void thereIsNoDelayBeforeAFailure() {
        assertThrows(IllegalArgumentException.class, () -> policy.delayAfter(0));
    }

    @Test
    void aPolicyNeedsAPositiveFirstDelayAndACapNotBelowIt() {
        assertThrows(IllegalArgumentException.class, () -> new BackoffPolicy(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new BackoffPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }
}
