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
 *                   {@code internal}. Since 1.1.0 a change made with a comment explaining it (one
 *                   request, one transaction) names that comment: the change's {@code UPDATED} event
 *                   (or, if only the status changed, its {@code STATUS_CHANGED}) carries {@code commentId},
 *                   and the comment's own {@code COMMENTED} event carries {@code withChange} (the kind of
 *                   the event that names it) — so a listener that tells people of both can tell them once
 * @since 1.0.0
 */
public record TicketEvent(long id, Tenant tenant, TicketEventKind kind, long ticketId, Long actorId,
                          Instant occurredAt, Map<String, String> details) {
}
