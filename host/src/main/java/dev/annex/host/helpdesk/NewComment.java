package dev.annex.host.helpdesk;

public record NewComment(long authorId, String body, boolean internal) {
}
