package dev.annex.plugin.api.persistence;

import dev.annex.plugin.api.Tenant;
import jakarta.persistence.EntityManager;

/**
 * The plugin's own tables. Entities are listed in the plugin's {@code META-INF/persistence.xml}
 * and should be EclipseLink-multitenant on a {@code TENANT_ID} column; the entity manager handed
 * out here is bound to the tenant, so every query and insert is scoped to it, and joins the
 * current transaction.
 *
 * @since 1.0.0
 */
public interface PluginPersistence {

    EntityManager entityManager(Tenant tenant);
}
