package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.lifecycle.TenantLifecycleListener;
import org.pf4j.Extension;

/** Makes the partners' ticket grants again when the setting changes or the plugin is turned on. */
@Extension
public class ResellerLifecycle implements TenantLifecycleListener {

    private final PluginContext plugin;

    public ResellerLifecycle(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void onEnabled(Tenant tenant) {
        onSettingsChanged(tenant);
    }

    @Override
    public void onSettingsChanged(Tenant tenant) {
        new TicketAccess(plugin, tenant, new Hierarchy(plugin, tenant)).syncAll();
    }
}
