package dev.annex.plugin.api.access;

/**
 * What a grant opens: every ticket of an organisation, or one ticket.
 *
 * @since 1.0.0
 */
public record Target(Kind kind, long id) {

    public enum Kind { ORGANISATION_TICKETS, TICKET }

    public static Target organisationTickets(long organisationId) {
        return new Target(Kind.ORGANISATION_TICKETS, organisationId);
    }

    public static Target ticket(long ticketId) {
        return new Target(Kind.TICKET, ticketId);
    }
}
