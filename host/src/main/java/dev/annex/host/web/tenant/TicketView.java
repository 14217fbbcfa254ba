package dev.annex.host.web.tenant;

import dev.annex.host.helpdesk.Ticket;
import java.time.Instant;

public record TicketView(long id, long number, String subject, String description, String status,
                         String priority, long requesterId, String requesterName, Long organisationId,
                         String organisationName, Instant createdAt, Instant updatedAt, long version) {

    public static TicketView of(Ticket t) {
        return new TicketView(t.id(), t.number(), t.subject(), t.description(), t.status().name(),
                t.priority().name(), t.requesterId(), t.requesterName(), t.organisationId(), t.organisationName(),
                t.createdAt(), t.updatedAt(), t.version());
    }
}
