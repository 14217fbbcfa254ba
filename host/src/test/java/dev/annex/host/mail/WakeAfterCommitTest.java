package dev.annex.host.mail;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WakeAfterCommitTest {

    private final AtomicInteger wakes = new AtomicInteger();
    private final WakeAfterCommit hook = new WakeAfterCommit(wakes::incrementAndGet);

    @Test
    void nothingHappensBeforeTheOutcomeIsKnown() {
        hook.beforeCompletion();
        assertEquals(0, wakes.get());
    }

    @Test
    void aCommitWakesTheSender() {
        hook.afterCompletion(Status.STATUS_COMMITTED);
        assertEquals(1, wakes.get());
    }

    @Test
    void aRollbackOrAnUnknownOutcomeDoesNot() {
        hook.afterCompletion(Status.STATUS_ROLLEDBACK);
        hook.afterCompletion(Status.STATUS_UNKNOWN);
        assertEquals(0, wakes.get());
    }

    @Test
    void aFailingWakeUpDoesNotSurfaceInTheCommittingThread() {
        WakeAfterCommit failing = new WakeAfterCommit(() -> {
            throw new IllegalStateException("executor gone");
        });
        assertDoesNotThrow(() -> failing.afterCompletion(Status.STATUS_COMMITTED));
    }
}
