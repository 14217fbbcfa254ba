package dev.annex.host.helpdesk;

/** Fields to change on a ticket; a null leaves the field as it is. */
public record TicketChanges(String subject, String description, TicketStatus status,
                            TicketPriority priority) {
}
