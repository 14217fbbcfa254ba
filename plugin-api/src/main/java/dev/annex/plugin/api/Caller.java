package dev.annex.plugin.api;

/**
 * The signed-in person a request comes from.
 *
 * @param organisationId the contact's organisation; null for agents
 * @since 1.0.0
 */
public record Caller(long personId, String email, String displayName, PersonRole role, Long organisationId) {

    public boolean isAgent() {
        return role == PersonRole.TENANT_ADMIN || role == PersonRole.AGENT;
    }

    public boolean isOrganisationAdmin() {
        return role == PersonRole.ORGANISATION_ADMIN;
    }
}
