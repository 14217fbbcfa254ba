package dev.annex.host.helpdesk;

/** What a person is to the tenant. Agents are the tenant's staff; contacts belong to an organisation. */
public enum Role {
    TENANT_ADMIN,
    AGENT,
    ORGANISATION_ADMIN,
    CONTACT;

    public boolean isAgent() {
        return this == TENANT_ADMIN || this == AGENT;
    }

    public boolean isContact() {
        return !isAgent();
    }
}
