package dev.annex.host.helpdesk;

import java.util.Set;

public enum TicketStatus {
    OPEN,
    PENDING,
    ON_HOLD,
    SOLVED,
    CLOSED,
    /**
     * Closed for support and handed to engineering for a possible code change in a future release
     * (shown as "Closed – escalated to engineering"); the release that carries the fix is posted
     * as a comment.
     */
    CLOSED_ESCALATED;

    /** Waiting for someone: neither solved nor closed. */
    public static final Set<TicketStatus> OPEN_ONES = Set.of(OPEN, PENDING, ON_HOLD);
}
