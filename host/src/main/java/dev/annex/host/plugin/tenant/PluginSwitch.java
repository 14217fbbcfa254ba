package dev.annex.host.plugin.tenant;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Turns a plugin on or off for the current tenant, keeping dependencies: a plugin goes on only with
 * what it needs, and off only when nothing on depends on it — 409 naming them, unless the operator
 * asks for both. The one rule for the operator's single-tenant switch and its bulk operation alike.
 */
@ApplicationScoped
public class PluginSwitch {

    private final PluginRuntime runtime;
    private final PluginEnablement enablement;
    private final PluginAdministration administration;

    @Inject
    public PluginSwitch(PluginRuntime runtime, PluginEnablement enablement, PluginAdministration administration) {
        this.runtime = runtime;
        this.enablement = enablement;
        this.administration = administration;
    }

    protected PluginSwitch() {
        this(null, null, null);
    }

    /** The installed plugin, 404 otherwise; to be switched on it must have started (409 otherwise). */
    public PluginEntry switchable(String pluginId, boolean enabled) {
        PluginEntry plugin = runtime.catalog().find(pluginId).orElseThrow(() -> Refusal.notFound("plugin", pluginId));
        if (enabled && !plugin.started()) {
            throw Refusal.conflict(null, "Plugin " + pluginId + " is " + plugin.info().state() + ": "
                    + plugin.info().failure());
        }
        return plugin;
    }

    /** @param both with its dependencies (on) or its dependants (off) */
    public void set(TenantRef tenant, String pluginId, boolean enabled, boolean both, String actor) {
        switchable(pluginId, enabled);
        var catalog = runtime.catalog();
        List<String> order = enabled
                ? TenantDependencies.toEnable(catalog, enablement.enabledIds(), pluginId, both)
                : TenantDependencies.toDisable(catalog, enablement.enabledIds(), pluginId, both);
        for (String id : order) {
            administration.setEnabled(tenant, catalog.find(id).orElseThrow(), enabled, actor);
        }
    }
}
