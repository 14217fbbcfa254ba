package dev.annex.host.tenant;

/** The identity of a tenant: its database id and the slug used in URLs. */
public record TenantRef(long id, String slug) {
}
