package dev.annex.rt.sync;

import dev.annex.rt.mapping.AnnexPriority;
import dev.annex.rt.mapping.AnnexStatus;

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
public record IndexedTicket(long rtId, long queueId, String subject, AnnexStatus status, String rtStatus,
                            AnnexPriority priority, String requester, String requesterName, String organisation,
                            Set<String> participants, Instant createdAt, Instant updatedAt) {

    public IndexedTicket {
        participants = Set.copyOf(participants);
    }

    public IndexedTicket withStatus(AnnexStatus status, String rtStatus) {
        return new IndexedTicket(rtId, queueId, subject, status, rtStatus, priority, requester, requesterName,
                organisation, participants, createdAt, updatedAt);
    }

    public IndexedTicket withPriority(AnnexPriority priority) {
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
