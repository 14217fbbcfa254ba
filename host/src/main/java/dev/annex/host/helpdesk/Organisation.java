package dev.annex.host.helpdesk;

import java.time.Instant;

/** @param version counts the changes, for the API's ETag and If-Match */
public record Organisation(long id, String name, String accountNumber, boolean active, Instant createdAt,
                           long version) {
}
