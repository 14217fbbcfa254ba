package dev.annex.host.helpdesk;

public record NewTicket(String subject, String description, TicketPriority priority,
                        long requesterId, Long organisationId) {
}
