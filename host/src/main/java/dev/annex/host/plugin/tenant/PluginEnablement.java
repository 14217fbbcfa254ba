package dev.annex.host.plugin.tenant;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which plugins the current tenant has on. Read from the database on every use rather than
 * cached, so turning a plugin off takes effect on the very next request.
 */
@ApplicationScoped
@Transactional
public class PluginEnablement {

    private final TenantEntityManager entityManager;
    private final PluginRuntime runtime;
    private final Clock clock;

    @Inject
    public PluginEnablement(TenantEntityManager entityManager, PluginRuntime runtime, Clock clock) {
        this.entityManager = entityManager;
        this.runtime = runtime;
        this.clock = clock;
    }

    protected PluginEnablement() {
        this(null, null, null);
    }

    /** Plugins that are both started on this installation and on for the tenant. */
    public List<PluginEntry> active() {
        Set<String> enabled = enabledIds();
        return runtime.catalog().all().stream()
                .filter(entry -> entry.started() && enabled.contains(entry.info().id())).toList();
    }

    public java.util.Optional<PluginEntry> active(String pluginId) {
        return runtime.catalog().started(pluginId).filter(entry -> isEnabled(pluginId));
    }

    public boolean isEnabled(String pluginId) {
        return !entityManager.get().createQuery("SELECT e.id FROM PluginTenantEntity e WHERE e.pluginId = :id", Long.class)
                .setParameter("id", pluginId).getResultList().isEmpty();
    }

    public Set<String> enabledIds() {
        return new TreeSet<>(entityManager.get().createQuery("SELECT e.pluginId FROM PluginTenantEntity e", String.class)
                .getResultList());
    }

    /** @return whether anything changed */
    public boolean set(String pluginId, boolean enabled) {
        EntityManager em = entityManager.get();
        if (!enabled) {
            return em.createQuery("DELETE FROM PluginTenantEntity e WHERE e.pluginId = :id")
                    .setParameter("id", pluginId).executeUpdate() > 0;
        }
        if (isEnabled(pluginId)) {
            return false;
        }
        PluginTenantEntity row = new PluginTenantEntity();
        row.pluginId = pluginId;
        row.enabledAt = Instant.now(clock);
        em.persist(row);
        em.flush();
        return true;
    }
}
