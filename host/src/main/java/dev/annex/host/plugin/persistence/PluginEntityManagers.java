package dev.annex.host.plugin.persistence;

import dev.annex.host.tenant.TenantBinding;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.persistence.PluginPersistence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;

/**
 * Hands plugins entity managers of their own unit: bound to the tenant, joined to the current
 * transaction, one per plugin and tenant for the length of that transaction, and closed when it
 * ends. Kept with the transaction rather than the request because a plugin's writes belong to
 * the transaction: an event delivery or a job has no HTTP request, and a request could in
 * principle run more than one transaction.
 */
@ApplicationScoped
public class PluginEntityManagers {

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final TenantBinding binding;
    private final PluginUnits units;

    @Inject
    public PluginEntityManagers(TenantBinding binding, PluginUnits units) {
        this.binding = binding;
        this.units = units;
    }

    /** For CDI's client proxy only. */
    protected PluginEntityManagers() {
        this(null, null);
    }

    /** The {@link PluginPersistence} of one plugin. */
    public PluginPersistence forPlugin(String pluginId) {
        return tenant -> entityManager(pluginId, tenant);
    }

    EntityManager entityManager(String pluginId, Tenant tenant) {
        binding.bind(tenant.id(), tenant.slug());
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Plugin " + pluginId + " asked for an entity manager outside a transaction; "
                    + "plugin persistence is available in REST calls, event listeners and scheduled jobs");
        }
        Key key = new Key(pluginId, tenant.id());
        EntityManager current = (EntityManager) transactions.getResource(key);
        // Closed only if the plugin closed it itself, against the advice: hand out a fresh one.
        if (current != null && current.isOpen()) {
            return current;
        }
        EntityManagerFactory factory = units.factory(pluginId).orElseThrow(() -> new IllegalStateException(
                "Plugin " + pluginId + " has no persistence unit: its jar has no " + PersistenceXml.RESOURCE));
        EntityManager entityManager = factory.createEntityManager(Map.of(TenantEntityManager.TENANT_PROPERTY, tenant.id()));
        try {
            entityManager.joinTransaction();
            transactions.registerInterposedSynchronization(new CloseAfterCompletion(entityManager));
        } catch (RuntimeException e) {
            entityManager.close();
            throw e;
        }
        transactions.putResource(key, entityManager);
        return entityManager;
    }

    /** The transaction's resource key: one entity manager per plugin and tenant. */
    private record Key(String pluginId, long tenantId) {
    }

    /**
     * Closes the entity manager once the transaction has ended. EclipseLink has by then written
     * (or discarded) the changes, and a close while its own synchronisation is still pending is
     * deferred by EclipseLink until that has run.
     */
    private record CloseAfterCompletion(EntityManager entityManager) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (entityManager.isOpen()) {
                entityManager.close();
            }
        }
    }
}
