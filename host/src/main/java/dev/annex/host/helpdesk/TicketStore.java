package dev.annex.host.helpdesk;

import dev.annex.host.page.Page;
import java.util.List;
import java.util.Optional;

/**
 * The help desk's tickets and comments, seen from the current tenant. This is a port: the
 * built-in implementation is database-backed, and a connector to an existing help desk may
 * replace it (see "Adding a help desk" in the README). Every write reports what it changed to the
 * {@link ChangeFeed}, in the writing transaction; callers never raise ticket events themselves.
 * {@code actorId} is who acts (null for the system).
 */
public interface TicketStore {

    /** Readies the help desk for the current tenant, created just now in this transaction. */
    void tenantCreated();

    /** The tickets the viewer may see that match the query, filtered in the store, not after. */
    Page<Ticket> list(TicketQuery query, Viewer viewer);

    /** The ticket, if it exists in this tenant and the viewer may see it. */
    Optional<Ticket> find(long id, Viewer viewer);

    /** Reports {@code CREATED}. */
    Ticket create(NewTicket ticket, Long actorId);

    /**
     * Changes the fields and, with an {@code explanation}, adds it as the actor's public comment in
     * the same transaction. Reports {@code STATUS_CHANGED} and/or {@code UPDATED} for what changed,
     * and {@code COMMENTED} for the explanation; the change's event names the comment
     * ({@code commentId}: UPDATED if there is one, else STATUS_CHANGED) and the comment's names that
     * event's kind ({@code withChange}), so a listener can tell of both at once.
     *
     * @param explanation a public comment explaining the change, or null
     * @throws StaleVersionException when {@code expectedVersion} is not the stored version
     */
    Ticket update(long id, long expectedVersion, TicketChanges changes, String explanation, Long actorId);

    List<Comment> comments(long ticketId, boolean includeInternal);

    /** Reports {@code COMMENTED} (by the comment's author). */
    Comment addComment(long ticketId, NewComment comment);

    /** The people added to the ticket besides its requester, in the order they were added. */
    List<Long> participants(long ticketId);

    /** Reports {@code PARTICIPANTS_CHANGED} ({@code added}) when it adds them; @return false when the person already takes part */
    boolean addParticipant(long ticketId, long personId, Long actorId);

    /** Reports {@code PARTICIPANTS_CHANGED} ({@code removed}) when it removes them; @return false when the person did not take part */
    boolean removeParticipant(long ticketId, long personId, Long actorId);
}
