package dev.annex.host.security;

import java.time.Instant;

/**
 * A personal API token as its owner sees it later: never the secret.
 *
 * @param requestsPerMinute the token's own request limit; null for the installation's
 */
public record ApiToken(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                       Integer requestsPerMinute) {
}
