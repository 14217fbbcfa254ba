package dev.annex.host.plugin.tenant;

import dev.annex.host.cluster.ChangeDroppedCache;
import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.cluster.ClusterSignals;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.host.refusal.FieldError;
import dev.annex.host.refusal.Refusal;
import dev.annex.plugin.api.settings.SettingDefinition;
import dev.annex.plugin.api.settings.SettingType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's settings for the current tenant: stored values over declared defaults. The stored
 * values are kept on this node per tenant and plugin until an update ({@link #TOPIC}) drops them.
 */
@ApplicationScoped
@Transactional
public class PluginSettings {

    /** The {@link ClusterChange} topic of a tenant's plugin settings; the key is the tenant id. */
    public static final String TOPIC = "plugin-settings";

    private record Key(long tenantId, String pluginId) {
    }

    /** How a setting looks through the API: secrets show only whether they are set. */
    public record SettingView(SettingDefinition definition, String value, boolean set) {
    }

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final ClusterSignals signals;
    private final ChangeDroppedCache<Key, Map<String, String>> stored =
            new ChangeDroppedCache<>(Duration.ofMinutes(1), 100_000);

    @Inject
    public PluginSettings(TenantEntityManager entityManager, TenantContext tenantContext, ClusterSignals signals) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.signals = signals;
    }

    protected PluginSettings() {
        this(null, null, null);
    }

    public Optional<String> value(PluginEntry plugin, String key) {
        Map<String, String> stored = stored(plugin.info().id());
        if (stored.containsKey(key)) {
            return Optional.of(stored.get(key));
        }
        return plugin.settings().stream().filter(d -> d.key().equals(key)).findFirst()
                .map(SettingDefinition::defaultValue);
    }

    public List<SettingView> view(PluginEntry plugin) {
        Map<String, String> stored = stored(plugin.info().id());
        return plugin.settings().stream().map(d -> {
            boolean set = stored.containsKey(d.key());
            String value = d.type() == SettingType.SECRET ? null : set ? stored.get(d.key()) : d.defaultValue();
            return new SettingView(d, value, set);
        }).toList();
    }

    /** Validates every value first and writes nothing unless all fit (422 naming each bad key). */
    public void update(PluginEntry plugin, Map<String, String> values) {
        List<FieldError> errors = SettingsValidator.validate(plugin.settings(), values);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        EntityManager em = entityManager.get();
        String pluginId = plugin.info().id();
        signals.publish(new ClusterChange(TOPIC, Long.toString(tenantContext.current().id())));
        for (var entry : values.entrySet()) {
            PluginSettingEntity row = em.createQuery("SELECT s FROM PluginSettingEntity s WHERE s.pluginId = :plugin"
                            + " AND s.key = :key", PluginSettingEntity.class)
                    .setParameter("plugin", pluginId).setParameter("key", entry.getKey())
                    .getResultStream().findFirst().orElse(null);
            if (entry.getValue() == null) {
                if (row != null) {
                    em.remove(row);
                }
                continue;
            }
            if (row == null) {
                row = new PluginSettingEntity();
                row.pluginId = pluginId;
                row.key = entry.getKey();
                em.persist(row);
            }
            row.value = entry.getValue().trim();
        }
        em.flush();
    }

    private Map<String, String> stored(String pluginId) {
        return stored.get(new Key(tenantContext.current().id(), pluginId), key -> {
            Map<String, String> values = new LinkedHashMap<>();
            entityManager.get().createQuery("SELECT s FROM PluginSettingEntity s WHERE s.pluginId = :plugin",
                            PluginSettingEntity.class)
                    .setParameter("plugin", key.pluginId()).getResultList()
                    .forEach(s -> values.put(s.key, s.value));
            return Collections.unmodifiableMap(values);
        });
    }

    void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClusterChange change) {
        stored.drop((key, values) -> change.covers(TOPIC, Long.toString(key.tenantId())));
    }
}
