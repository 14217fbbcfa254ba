package dev.annex.host.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The host's one source of "now", so code that depends on time can be given another clock. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        // Millisecond ticks: every supported database stores them exactly, so a value read back equals the one written.
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
