package dev.annex.host.helpdesk;

/** Fields to change on a person; a null leaves the field as it is. */
public record PersonChanges(String displayName, Role role, Long organisationId, Boolean active) {
}
