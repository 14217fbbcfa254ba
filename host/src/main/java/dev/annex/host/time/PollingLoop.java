package dev.annex.host.time;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one loop of the host's background work (event delivery, the mail outbox): a round runs every
 * {@code interval} and whenever it is woken (after a commit that left work), one round at a time on
 * this node; a wake-up during a round makes that round look again instead of being lost, and a
 * round that fails is logged and never ends the polling.
 */
public final class PollingLoop {

    private static final Logger LOG = Logger.getLogger(PollingLoop.class.getName());

    private final String name;
    private final Duration interval;
    private final Runnable round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile ManagedScheduledExecutorService executor;
    private volatile ScheduledFuture<?> polling;
    private volatile boolean stopped;

    /** @param name what the loop works on, for log lines ("mail outbox", "event delivery") */
    public PollingLoop(String name, Duration interval, Runnable round) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the poll interval must be positive, was " + interval);
        }
        this.name = name;
        this.interval = interval;
        this.round = round;
    }

    /** Starts polling on the executor, the first round after {@code firstDelay}; a second start does nothing. */
    public synchronized void start(ManagedScheduledExecutorService executor, Duration firstDelay) {
        if (polling != null) {
            return;
        }
        this.executor = executor;
        polling = executor.scheduleWithFixedDelay(this::runRounds, firstDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Asks for a round now, without waiting for it. Before {@link #start}, the first poll will do. */
    public void wake() {
        ManagedScheduledExecutorService target = executor;
        if (polling == null || stopped || target == null) {
            return;
        }
        try {
            target.execute(this::runRounds);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, name + ": wake-up refused (shutting down?); the next poll does the work", e);
        }
    }

    public void stop() {
        stopped = true;
        ScheduledFuture<?> scheduled = polling;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Runs rounds until none was asked for meanwhile; one at a time on this node. */
    public void runRounds() {
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                round.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + ": a round failed; the next poll tries again", e);
            } finally {
                running.set(false);
            }
        }
    }
}
