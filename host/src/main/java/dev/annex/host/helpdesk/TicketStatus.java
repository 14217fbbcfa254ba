package dev.annex.host.helpdesk;

public enum TicketStatus {
    OPEN,
    PENDING,
    ON_HOLD,
    SOLVED,
    CLOSED
}
