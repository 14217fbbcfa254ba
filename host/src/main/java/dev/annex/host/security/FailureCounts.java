package dev.annex.host.security;

import java.time.Instant;
import java.util.Optional;

/** Where the login throttle keeps its counts: the database, so that every node counts the same failures. */
public interface FailureCounts {

    Optional<Instant> blockedUntil(String key);

    /**
     * Counts one more failure at {@code now}; returns the count including it.
     *
     * @throws FirstFailureRace when another request counted the key's first failure at the same
     *                          moment: nothing was counted, and a second call counts on from theirs
     */
    int add(String key, Instant now);

    /** Two requests both found no count for a key and both tried to start it; one of them lost. */
    final class FirstFailureRace extends RuntimeException {
        public FirstFailureRace(Throwable cause) {
            super("another request counted the first failure of this login at the same moment", cause);
        }
    }

    void block(String key, Instant until);

    void clear(String key);
}
