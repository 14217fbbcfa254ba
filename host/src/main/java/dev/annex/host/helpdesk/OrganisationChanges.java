package dev.annex.host.helpdesk;

/** Fields to change on an organisation; a null leaves the field as it is. */
public record OrganisationChanges(String name, String accountNumber, Boolean active) {
}
