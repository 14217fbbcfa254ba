package dev.annex.host.security;

import java.time.Instant;

/** A personal API token as its owner sees it later: never the secret. */
public record ApiToken(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
