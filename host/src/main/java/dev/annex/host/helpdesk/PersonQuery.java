package dev.annex.host.helpdesk;

/** Filters for a people list; null filters match everything. */
public record PersonQuery(Long organisationId, Role role, String text, PageRequest page) {
}
