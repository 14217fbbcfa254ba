package dev.annex.host.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class TransientConflictsTest {

    @Test
    void derbyLockTimeOutsAndDeadlocksOfEitherDatabaseAreTransient() {
        for (String state : new String[] {"40XL1", "40XL2", "40001", "40P01", "55P03"}) {
            assertTrue(TransientConflicts.isTransient(new PersistenceException(new RuntimeException(
                    new SQLException("lock", state)))), state);
        }
    }

    @Test
    void aChainedNextExceptionCounts() {
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("deadlock", "40001"));
        assertTrue(TransientConflicts.isTransient(batch));
    }

    @Test
    void constraintViolationsAndOtherFailuresAreNot() {
        assertFalse(TransientConflicts.isTransient(new SQLIntegrityConstraintViolationException("dup", "23505")));
        assertFalse(TransientConflicts.isTransient(new IllegalStateException("boom")));
    }

    @Test
    void theBusyProblemSaysWhenToRetry() {
        ProblemException busy = Problems.busy(java.time.Duration.ofSeconds(TransientConflicts.RETRY_AFTER_SECONDS));
        assertEquals(503, busy.status());
        assertEquals("1", busy.headers().get("Retry-After"));
    }
}
