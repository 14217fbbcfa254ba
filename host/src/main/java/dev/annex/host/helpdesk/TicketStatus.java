package dev.annex.host.helpdesk;

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
    CLOSED_ESCALATED
}
