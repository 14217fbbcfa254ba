package dev.annex.host.helpdesk;

import dev.annex.host.page.PageRequest;

/**
 * Filters and order for a ticket list; null filters match everything.
 *
 * @param sharedOnly only tickets shared with the viewer: ones they take part in or hold a plugin's
 *                   grant for, but did not request and (as an organisation admin) do not see
 *                   through their own organisation anyway
 */
public record TicketQuery(TicketStatus status, Long organisationId, Long requesterId, String text,
                          TicketSort sort, PageRequest page, boolean sharedOnly) {

    public TicketQuery(TicketStatus status, Long organisationId, Long requesterId, String text, TicketSort sort,
                       PageRequest page) {
        this(status, organisationId, requesterId, text, sort, page, false);
    }
}
