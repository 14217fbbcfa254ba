package dev.annex.plugin.api.helpdesk;

import java.time.Instant;

/**
 * A comment as plugins see it.
 *
 * @param internal an agents-only note: never show or send it to a contact
 * @since 1.1.0
 */
public record CommentInfo(long id, long ticketId, long authorId, String body, boolean internal, Instant createdAt) {
}
