package dev.annex.host.helpdesk.rt.sync;

import java.time.Instant;

/**
 * What one RT transaction means for Annex, in feed order. The host applies each to its index and
 * raises the plugin event named by {@link #raisesEvent()} — in the same database transaction as it
 * stores the feed position, so each RT transaction counts exactly once.
 */
public sealed interface TicketChange {

    /** The RT transaction this change came from. */
    long transactionId();

    long rtTicketId();

    /** The person who made the change in RT (their RT user), or null for RT itself. */
    Actor actor();

    /** False for Annex's own writes coming back: indexed and announced when Annex made them. */
    boolean raisesEvent();

    record Actor(String rtName, String email, String realName, boolean system) {
    }

    /** A ticket now in the tenant's queues: created there, or moved in. */
    record Indexed(long transactionId, long rtTicketId, Actor actor, boolean raisesEvent, IndexedTicket ticket)
            implements TicketChange {
    }

    /**
     * Indexed fields changed.
     *
     * @param statusChanged whether the Annex status changed (a {@code STATUS_CHANGED} event, else
     *                      {@code UPDATED}, or {@code PARTICIPANTS_CHANGED} when only they differ)
     */
    record Updated(long transactionId, long rtTicketId, Actor actor, boolean raisesEvent, IndexedTicket before,
                   IndexedTicket after) implements TicketChange {

        public boolean statusChanged() {
            return before.status() != after.status();
        }

        public boolean participantsChanged() {
            return !before.participants().equals(after.participants());
        }
    }

    /** A public reply (RT correspondence) or an internal note (RT comment). */
    record Commented(long transactionId, long rtTicketId, Actor actor, boolean raisesEvent, boolean internal,
                     String text, Instant createdAt) implements TicketChange {
    }

    /** The ticket left the tenant's queues or was deleted in RT: it leaves the index and every list. */
    record Removed(long transactionId, long rtTicketId, Actor actor, String reason) implements TicketChange {

        @Override
        public boolean raisesEvent() {
            return false;
        }
    }
}
