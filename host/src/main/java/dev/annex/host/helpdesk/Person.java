package dev.annex.host.helpdesk;

import java.time.Instant;

/**
 * An agent or a contact. Contacts carry their organisation; agents have none.
 *
 * @param version counts the changes, for the API's ETag and If-Match
 */
public record Person(long id, String email, String displayName, Role role, Long organisationId,
                     boolean active, Instant createdAt, long version) {
}
