package dev.annex.plugin.api.directory;

import dev.annex.plugin.api.PersonRole;
import java.time.Duration;

/**
 * Whom to invite: their email and name, the organisation they belong to, their role there
 * ({@link PersonRole#CONTACT} or {@link PersonRole#ORGANISATION_ADMIN}) and how long the link
 * works (at most 30 days).
 *
 * @since 1.3.0
 */
public record Invitee(String email, String displayName, long organisationId, PersonRole role, Duration lifetime) {
}
