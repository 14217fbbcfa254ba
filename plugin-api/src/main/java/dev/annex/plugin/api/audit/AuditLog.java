package dev.annex.plugin.api.audit;

import dev.annex.plugin.api.Tenant;

/**
 * Writes to the tenant's audit trail, in the caller's transaction.
 *
 * <pre>{@code
 * context.audit().record(tenant, caller.personId(), "grant.created", "View for Northwind until 2027-01-01");
 * }</pre>
 *
 * @since 1.0.0
 */
public interface AuditLog {

    /**
     * @param actorId the person who acted, or null for the plugin itself
     * @param action  a short dotted name, e.g. {@code grant.revoked}
     * @param detail  what changed, before and after, for people to read
     */
    void record(Tenant tenant, Long actorId, String action, String detail);
}
