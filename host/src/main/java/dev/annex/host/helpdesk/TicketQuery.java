package dev.annex.host.helpdesk;

import dev.annex.host.page.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Filters and order for a ticket list; null filters match everything.
 *
 * @param statuses     tickets in any of these statuses (null or empty: any status)
 * @param updatedSince tickets updated at or after this instant (null: whenever), as integrators poll
 *                     for what changed since their last read
 * @param sharedOnly   only tickets shared with the viewer: ones they take part in or hold a plugin's
 *                     grant for, but did not request and (as an organisation admin) do not see
 *                     through their own organisation anyway
 * @param ids          only these tickets (null: any), e.g. a plugin's list of followed tickets read in
 *                     one query instead of one per ticket
 */
public record TicketQuery(Set<TicketStatus> statuses, Instant updatedSince, Long organisationId, Long requesterId,
                          String text, TicketSort sort, PageRequest page, boolean sharedOnly, Collection<Long> ids) {

    public TicketQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public TicketQuery(TicketStatus status, Long organisationId, Long requesterId, String text, TicketSort sort,
                       PageRequest page) {
        this(status, organisationId, requesterId, text, sort, page, false);
    }

    public TicketQuery(TicketStatus status, Long organisationId, Long requesterId, String text, TicketSort sort,
                       PageRequest page, boolean sharedOnly) {
        this(status == null ? Set.of() : Set.of(status), null, organisationId, requesterId, text, sort, page,
                sharedOnly, null);
    }

    /** The tickets among ids that the viewer sees, newest update first. */
    public static TicketQuery among(Collection<Long> ids, PageRequest page) {
        return new TicketQuery(Set.of(), null, null, null, null, TicketSort.NEWEST_UPDATE, page, false,
                List.copyOf(ids));
    }
}
