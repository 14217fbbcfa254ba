package dev.annex.host.helpdesk;

import dev.annex.host.page.PageRequest;

/** Filters for a people list; null filters match everything. */
public record PersonQuery(Long organisationId, Role role, String text, PageRequest page) {
}
