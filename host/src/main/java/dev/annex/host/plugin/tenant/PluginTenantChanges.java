package dev.annex.host.plugin.tenant;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.audit.AuditTrail;
import dev.annex.host.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * A plugin's state for a tenant and the audit line that records its change, written in one
 * transaction: there is never an enablement or a setting without its audit line, nor the reverse.
 */
@ApplicationScoped
@Transactional
public class PluginTenantChanges {

    private final PluginEnablement enablement;
    private final PluginSettings settings;
    private final AuditTrail audit;

    @Inject
    public PluginTenantChanges(PluginEnablement enablement, PluginSettings settings, AuditTrail audit) {
        this.enablement = enablement;
        this.settings = settings;
        this.audit = audit;
    }

    protected PluginTenantChanges() {
        this(null, null, null);
    }

    /** @return whether anything changed */
    public boolean setEnabled(TenantRef tenant, String pluginId, boolean enabled, String actor) {
        boolean changed = enablement.set(pluginId, enabled);
        if (changed) {
            audit.record(tenant.id(), actor, "host", enabled ? "plugin.enabled" : "plugin.disabled", pluginId);
        }
        return changed;
    }

    public void configure(TenantRef tenant, PluginEntry plugin, Map<String, String> values, String actor) {
        settings.update(plugin, values);
        audit.record(tenant.id(), actor, "host", "plugin.configured", plugin.info().id() + ": " + values.keySet());
    }
}
