package dev.annex.host.plugin.tenant;

import dev.annex.host.cluster.ChangeDroppedCache;
import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.cluster.ClusterSignals;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which plugins the current tenant has on. Every plugin request asks, so the answer is kept on this
 * node per tenant until a switch ({@link #TOPIC}) drops it: turning a plugin off takes effect on
 * the very next request.
 */
@ApplicationScoped
@Transactional
public class PluginEnablement {

    /** The {@link ClusterChange} topic of a tenant's plugin switches; the key is the tenant id. */
    public static final String TOPIC = "tenant-plugins";

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final PluginRuntime runtime;
    private final Clock clock;
    private final ClusterSignals signals;
    private final ChangeDroppedCache<Long, Set<String>> enabled = new ChangeDroppedCache<>(Duration.ofMinutes(1), 100_000);

    @Inject
    public PluginEnablement(TenantEntityManager entityManager, TenantContext tenantContext, PluginRuntime runtime,
                            Clock clock, ClusterSignals signals) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.runtime = runtime;
        this.clock = clock;
        this.signals = signals;
    }

    protected PluginEnablement() {
        this(null, null, null, null, null);
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
        return enabledIds().contains(pluginId);
    }

    public Set<String> enabledIds() {
        return enabled.get(tenantContext.current().id(), tenant -> Collections.unmodifiableSet(new TreeSet<>(
                entityManager.get().createQuery("SELECT e.pluginId FROM PluginTenantEntity e", String.class)
                        .getResultList())));
    }

    void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClusterChange change) {
        enabled.drop((tenant, ids) -> change.covers(TOPIC, Long.toString(tenant)));
    }

    /** @return whether anything changed */
    public boolean set(String pluginId, boolean on) {
        EntityManager em = entityManager.get();
        signals.publish(new ClusterChange(TOPIC, Long.toString(tenantContext.current().id())));
        if (!on) {
            return em.createQuery("DELETE FROM PluginTenantEntity e WHERE e.pluginId = :id")
                    .setParameter("id", pluginId).executeUpdate() > 0;
        }
        boolean already = !em.createQuery("SELECT e.id FROM PluginTenantEntity e WHERE e.pluginId = :id", Long.class)
                .setParameter("id", pluginId).getResultList().isEmpty();
        if (already) {
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
