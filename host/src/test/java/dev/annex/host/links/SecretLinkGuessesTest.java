package dev.annex.host.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.security.LoginThrottle;
import dev.annex.host.security.MemoryFailureCounts;
import dev.annex.plugin.api.links.SecretLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SecretLinkGuessesTest {

    /** How a caller of the class refuses: with the wait and the sentence it was given. */
    static final class HeldBack extends RuntimeException {
        final Duration retryAfter;

        HeldBack(Duration retryAfter, String detail) {
            super(detail);
            this.retryAfter = retryAfter;
        }
    }

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final SecretLink LINK = new SecretLink(7, "invite", NOW, NOW.plusSeconds(3600), null, null);
    /** Failures the throttle lets pass before it holds a client back (LoginThrottle.FREE_ATTEMPTS). */
    private static final int FREE = 5;

    private final SecretLinkGuesses guesses = new SecretLinkGuesses(
            new LoginThrottle(Clock.fixed(NOW, ZoneOffset.UTC), new MemoryFailureCounts()), HeldBack::new);
    private final AtomicInteger lookUps = new AtomicInteger();

    private Optional<SecretLink> lookUp(String area, String client, Optional<SecretLink> answer) {
        return guesses.lookUp(area, client, () -> {
            lookUps.incrementAndGet();
            return answer;
        });
    }

    @Test
    void answersWhatTheLookUpFindsUntilTooManyFoundNothing() {
        assertEquals(Optional.of(LINK), lookUp("a", "10.0.0.1", Optional.of(LINK)));
        for (int i = 0; i < FREE; i++) {
            assertEquals(Optional.empty(), lookUp("a", "10.0.0.1", Optional.empty()));
        }
        lookUps.set(0);

        HeldBack refused = assertThrows(HeldBack.class, () -> lookUp("a", "10.0.0.1", Optional.of(LINK)));
        assertEquals(Duration.ofSeconds(30), refused.retryAfter);
        assertEquals("Too many links that did not work; try again in 30 seconds.", refused.getMessage());
        assertEquals(0, lookUps.get(), "a held-back client learns nothing of the secret: it is not even looked up");
    }

    @Test
    void linksThatWorkDoNotClearTheCount() {
        for (int i = 0; i < FREE - 1; i++) {
            lookUp("a", "10.0.0.1", Optional.empty());
            lookUp("a", "10.0.0.1", Optional.of(LINK));
        }
        lookUp("a", "10.0.0.1", Optional.empty());

        assertThrows(HeldBack.class, () -> lookUp("a", "10.0.0.1", Optional.of(LINK)));
    }

    @Test
    void holdsBackOnlyThatClientInThatArea() {
        for (int i = 0; i < FREE; i++) {
            lookUp("a", "10.0.0.1", Optional.empty());
        }

        assertTrue(lookUp("a", "10.0.0.2", Optional.of(LINK)).isPresent());
        assertTrue(lookUp("b", "10.0.0.1", Optional.of(LINK)).isPresent());
        assertThrows(HeldBack.class, () -> lookUp("a", "10.0.0.1", Optional.of(LINK)));
    }
}
