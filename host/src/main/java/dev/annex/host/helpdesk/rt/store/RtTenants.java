package dev.annex.host.helpdesk.rt.store;

/**
 * Which RT backs the current tenant: the operator's per-tenant setting, read by the store for
 * every call (so a changed setting takes effect at once).
 */
@FunctionalInterface
public interface RtTenants {

    /** @throws IllegalStateException when the current tenant is not backed by RT */
    RtTenant current();
}
