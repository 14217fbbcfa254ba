package dev.annex.plugin.api.event;

/**
 * @since 1.0.0
 */
public enum TicketEventKind {
    CREATED,
    /** Subject, description or priority changed. */
    UPDATED,
    COMMENTED,
    STATUS_CHANGED,
    PARTICIPANTS_CHANGED
}
