package dev.annex.plugin.api.directory;

import java.time.Instant;

/**
 * A person's newest invitation to choose a password.
 *
 * @param sentAt    when the newest link was mailed
 * @param expiresAt until when (exclusive) it works, unless used
 * @since 1.3.0
 */
public record Invitation(long personId, String email, InvitationState state, Instant sentAt, Instant expiresAt) {
}
