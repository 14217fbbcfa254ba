package dev.annex.plugin.api;

/**
 * What a person is to the tenant.
 *
 * @since 1.0.0
 */
public enum PersonRole {
    /** An agent with the tenant's admin rights. */
    TENANT_ADMIN,
    /** Support staff of the tenant. */
    AGENT,
    /** A contact who administers their organisation. */
    ORGANISATION_ADMIN,
    /** A customer's or partner's person. */
    CONTACT
}
