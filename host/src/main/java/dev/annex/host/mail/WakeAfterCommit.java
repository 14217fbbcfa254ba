package dev.annex.host.mail;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the sender once the transaction that queued mail has committed: not before, when the
 * worker could not see the rows yet, and never after a rollback, when there is nothing to send.
 */
final class WakeAfterCommit implements Synchronization {

    private static final Logger LOG = Logger.getLogger(WakeAfterCommit.class.getName());

    private final Runnable wake;

    WakeAfterCommit(Runnable wake) {
        this.wake = wake;
    }

    @Override
    public void beforeCompletion() {
        // Nothing to do until the outcome is known.
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            return;
        }
        try {
            wake.run();
        } catch (RuntimeException e) {
            // The mail is committed; the next poll sends it. The caller's commit must not look failed.
            LOG.log(Level.WARNING, "Could not wake the mail sender; the next poll sends the mail", e);
        }
    }
}
