package dev.annex.plugin.testkit.server;

import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ThrowingRunnable;

/**
 * How an end-to-end test waits for what the server does after answering (events, mail, jobs): with
 * Awaitility, polling until it has happened, generously bounded — never a fixed sleep.
 * <pre>{@code
 * Eventually.eventually().until(() -> mailbox.to(email, "Ticket").size() == 1);
 * Eventually.keepsHolding(() -> assertEquals(1, mailbox.to(email, "Ticket").size()));
 * }</pre>
 */
public final class Eventually {

    /** Far longer than anything takes on a loaded machine; a wait only lasts until its condition holds. */
    public static final Duration AT_MOST = Duration.ofSeconds(60);
    /**
     * How long something that must not happen (a second mail, an event for a plugin that is off) is
     * given to happen anyway: several rounds of the test server's mail worker (polling every second)
     * and event dispatcher (every two seconds).
     */
    public static final Duration QUIET = Duration.ofSeconds(6);

    private Eventually() {
    }

    /** Waits for a condition: {@code eventually().until(() -> …)}. */
    public static ConditionFactory eventually() {
        return Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofMillis(200));
    }

    /**
     * Asserts that the assertions hold now and keep holding for {@link #QUIET}, failing as soon as
     * they break: for what should not happen after the awaited things have.
     */
    public static void keepsHolding(ThrowingRunnable assertions) {
        Awaitility.await().during(QUIET).atMost(QUIET.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(assertions);
    }

    /** Waits until the wall clock has passed the instant: for tests of expiry, where time itself is the subject. */
    public static void untilPassed(Instant instant) {
        Awaitility.await().atMost(Duration.between(Instant.now(), instant).plus(AT_MOST))
                .pollInterval(Duration.ofMillis(50)).until(() -> Instant.now().isAfter(instant));
    }
}
