package dev.annex.host.helpdesk;

import java.time.Instant;

public record Comment(long id, long ticketId, long authorId, String authorName, String body,
                      boolean internal, Instant createdAt) {
}
