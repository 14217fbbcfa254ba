package dev.annex.plugin.api.access;

import java.time.Instant;

/**
 * A grant to write.
 *
 * @param expiresAt the instant it stops counting, or null for no expiry
 * @since 1.0.0
 */
public record GrantRequest(Subject subject, Target target, AccessLevel level, Instant expiresAt) {
}
