package dev.annex.plugin.api.event;

import dev.annex.plugin.api.Tenant;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a ticket.
 *
 * @param id         unique per event; the same on every redelivery
 * @param actorId    the person who made the change, or null for the system
 * @param details    kind-specific facts, e.g. {@code status}, {@code previousStatus}, {@code commentId},
 *                   {@code internal}
 * @since 1.0.0
 */
public record TicketEvent(long id, Tenant tenant, TicketEventKind kind, long ticketId, Long actorId,
                          Instant occurredAt, Map<String, String> details) {
}
