package dev.annex.host.helpdesk.rt.sync;

/**
 * How RT users map to Annex organisations, per tenant. RT has no organisations: a user has an
 * {@code Organization} text field, and RT has groups.
 */
public enum OrganisationRule {
    /** The user's {@code Organization} field names the Annex organisation. */
    ORGANIZATION_FIELD,
    /** The first (by name) user-defined RT group the user is a member of names it. */
    GROUP
}
