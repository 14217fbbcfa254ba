package dev.annex.host.security;

public enum TokenKind {
    /** A browser session, carried in an HttpOnly cookie. */
    SESSION,
    /** A personal API token, carried as {@code Authorization: Bearer}. */
    API
}
