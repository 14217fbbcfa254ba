package dev.annex.host.helpdesk;

public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
