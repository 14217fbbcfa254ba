package dev.annex.host.helpdesk;

import dev.annex.host.page.Page;
import java.util.List;
import java.util.Optional;

/**
 * The help desk's tickets and comments, seen from the current tenant. This is a port: the
 * built-in implementation is database-backed, and a connector to an existing help desk may
 * replace it.
 */
public interface TicketStore {

    /** The tickets the viewer may see that match the query, filtered in the store, not after. */
    Page<Ticket> list(TicketQuery query, Viewer viewer);

    /** The ticket, if it exists in this tenant and the viewer may see it. */
    Optional<Ticket> find(long id, Viewer viewer);

    Ticket create(NewTicket ticket);

    /** @throws StaleVersionException when {@code expectedVersion} is not the stored version */
    Ticket update(long id, long expectedVersion, TicketChanges changes);

    List<Comment> comments(long ticketId, boolean includeInternal);

    Comment addComment(long ticketId, NewComment comment);

    /** The people added to the ticket besides its requester, in the order they were added. */
    List<Long> participants(long ticketId);

    /** @return false when the person already takes part */
    boolean addParticipant(long ticketId, long personId);

    /** @return false when the person did not take part */
    boolean removeParticipant(long ticketId, long personId);
}
