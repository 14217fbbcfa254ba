package dev.annex.host.helpdesk;

import java.time.Instant;

/** A ticket as the help desk holds it; names are carried so lists need no second look-up. */
public record Ticket(long id, long number, String subject, String description, TicketStatus status,
                     TicketPriority priority, long requesterId, String requesterName,
                     Long organisationId, String organisationName, Instant createdAt,
                     Instant updatedAt, long version) {
}
