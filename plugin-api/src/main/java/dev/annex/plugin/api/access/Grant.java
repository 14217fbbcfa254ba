package dev.annex.plugin.api.access;

import java.time.Instant;

/**
 * A stored grant.
 *
 * @since 1.0.0
 */
public record Grant(long id, Subject subject, Target target, AccessLevel level, Instant expiresAt,
                    Instant createdAt) {
}
