package dev.annex.host.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PollingLoopTest {

    @Test
    void aWakeUpDuringARoundMakesThatRoundLookAgainInsteadOfBeingLost() {
        AtomicInteger rounds = new AtomicInteger();
        AtomicReference<PollingLoop> loop = new AtomicReference<>();
        loop.set(new PollingLoop("test", Duration.ofSeconds(1), () -> {
            if (rounds.incrementAndGet() == 1) {
                loop.get().runRounds(); // a wake-up arriving while the first round runs
            }
        }));
        loop.get().runRounds();
        assertEquals(2, rounds.get());
    }

    @Test
    void aFailingRoundIsLoggedAndTheNextOneStillRuns() {
        AtomicInteger rounds = new AtomicInteger();
        PollingLoop loop = new PollingLoop("test", Duration.ofSeconds(1), () -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("database down");
        });
        loop.runRounds();
        loop.runRounds();
        assertEquals(2, rounds.get());
    }

    @Test
    void theIntervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PollingLoop("test", Duration.ZERO, () -> { }));
    }
}
