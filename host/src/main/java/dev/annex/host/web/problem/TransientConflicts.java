package dev.annex.host.web.problem;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

/**
 * Recognises the database giving up on a lock: a deadlock victim or a lock wait that timed out.
 * The transaction was rolled back whole, so nothing was written and the same request is likely to
 * succeed when sent again; it is answered 503 with Retry-After, never as a server failure.
 */
public final class TransientConflicts {

    public static final long RETRY_AFTER_SECONDS = 1;
    public static final String DETAIL = Problems.busy(Duration.ofSeconds(RETRY_AFTER_SECONDS)).getMessage();

    /**
     * 40001: serialization failure or deadlock (both databases); 40P01: PostgreSQL deadlock;
     * 55P03: PostgreSQL lock not available; 40XL1/40XL2: Derby lock wait time-out.
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "40XL1", "40XL2");

    private TransientConflicts() {
    }

    public static boolean isTransient(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
