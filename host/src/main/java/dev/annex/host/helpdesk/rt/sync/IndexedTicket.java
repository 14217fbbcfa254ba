package dev.annex.host.helpdesk.rt.sync;

import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What Annex's ticket index holds of one RT ticket, in Annex's terms: enough to list, filter and
 * fold access rules into one query without asking RT.
 *
 * @param rtStatus     RT's own status name, kept beside the Annex status so a custom lifecycle's
 *                     status ({@code waiting-for-customer}) is shown as RT names it
 * @param requester    the first requestor's email address (lower case)
 * @param organisation the requester's organisation as RT names it (the user's {@code Organization}
 *                     or group, by the tenant's rule); null when none
 * @param participants the Cc watchers' email addresses (lower case)
 */
public record IndexedTicket(long rtId, long queueId, String subject, TicketStatus status, String rtStatus,
                            TicketPriority priority, String requester, String requesterName, String organisation,
                            Set<String> participants, Instant createdAt, Instant updatedAt) {

    public IndexedTicket {
        participants = Set.copyOf(participants);
    }

    /**
     * Whether the two show the same ticket: subject, Annex status, priority and participants. What
     * else the feed reads (RT's timestamps, RT's name for the same Annex status such as RT_System's
     * {@code new → open}) is RT's bookkeeping, not a new version of the ticket.
     */
    public boolean showsTheSameTicketAs(IndexedTicket other) {
        return subject.equals(other.subject()) && status == other.status() && priority == other.priority()
                && participants.equals(other.participants());
    }

    public IndexedTicket withStatus(TicketStatus status, String rtStatus) {
        return new IndexedTicket(rtId, queueId, subject, status, rtStatus, priority, requester, requesterName,
                organisation, participants, createdAt, updatedAt);
    }

    public IndexedTicket withPriority(TicketPriority priority) {
        return new IndexedTicket(rtId, queueId, subject, status, rtStatus, priority, requester, requesterName,
                organisation, participants, createdAt, updatedAt);
    }

    public IndexedTicket withSubject(String subject) {
        return new IndexedTicket(rtId, queueId, subject, status, rtStatus, priority, requester, requesterName,
                organisation, participants, createdAt, updatedAt);
    }

    /** Fields Annex's lists show; a change to one of them is an {@code UPDATED} event. */
    public List<Object> listed() {
        return List.of(subject, priority);
    }
}
