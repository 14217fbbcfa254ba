package dev.annex.host.helpdesk.rt.mapping;

/**
 * Where a status sits in its RT lifecycle. RT's lifecycles list their statuses as {@code initial},
 * {@code active} and {@code inactive}; TicketSQL tells them apart with the pseudo statuses
 * {@code __Active__} and {@code __Inactive__}.
 */
public enum StatusCategory {
    /** initial or active: the ticket is being worked */
    ACTIVE,
    /** inactive: done with, for whatever reason */
    INACTIVE
}
