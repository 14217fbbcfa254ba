package dev.annex.rt.mapping;

/**
 * Annex's ticket statuses, as the help-desk port names them ({@code TicketStatus} in the host).
 * Kept here until the port's types live in a module a connector can depend on (issue 12's seam);
 * the names are the contract, so the adapter converts by name.
 */
public enum AnnexStatus {
    OPEN,
    PENDING,
    ON_HOLD,
    SOLVED,
    CLOSED,
    CLOSED_ESCALATED
}
