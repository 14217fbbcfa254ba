package dev.annex.plugin.api.helpdesk;

/**
 * An organisation as plugins see it.
 *
 * @since 1.0.0
 */
public record OrganisationInfo(long id, String name, String accountNumber, boolean active) {
}
