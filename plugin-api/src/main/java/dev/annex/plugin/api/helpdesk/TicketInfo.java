package dev.annex.plugin.api.helpdesk;

import java.time.Instant;

/**
 * A ticket as plugins see it.
 *
 * @param status   e.g. {@code OPEN}, {@code CLOSED}
 * @param priority e.g. {@code NORMAL}, {@code URGENT}
 * @since 1.0.0
 */
public record TicketInfo(long id, long number, String subject, String status, String priority, long requesterId,
                         Long organisationId, Instant createdAt, Instant updatedAt) {
}
