package dev.annex.host.web.tenant;

import dev.annex.host.helpdesk.Comment;
import java.time.Instant;

public record CommentView(long id, long authorId, String authorName, String body, boolean internal,
                          Instant createdAt) {

    public static CommentView of(Comment c) {
        return new CommentView(c.id(), c.authorId(), c.authorName(), c.body(), c.internal(), c.createdAt());
    }
}
