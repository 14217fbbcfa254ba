package dev.annex.plugin.api.helpdesk;

import dev.annex.plugin.api.PersonRole;

/**
 * A person as plugins see it.
 *
 * @since 1.0.0
 */
public record PersonInfo(long id, String email, String displayName, PersonRole role, Long organisationId,
                         boolean active) {
}
