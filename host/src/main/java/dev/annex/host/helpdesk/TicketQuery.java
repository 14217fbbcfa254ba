package dev.annex.host.helpdesk;

/** Filters and order for a ticket list; null filters match everything. */
public record TicketQuery(TicketStatus status, Long organisationId, Long requesterId, String text,
                          TicketSort sort, PageRequest page) {
}
