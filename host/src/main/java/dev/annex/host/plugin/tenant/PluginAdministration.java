package dev.annex.host.plugin.tenant;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.tenant.TenantRef;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.lifecycle.TenantLifecycleListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turning plugins on and off and configuring them for a tenant: the change, its audit line, and
 * — after it has committed — the plugin's lifecycle callbacks, whose failures are logged, never
 * undoing the change.
 */
@ApplicationScoped
public class PluginAdministration {

    private static final Logger LOG = Logger.getLogger(PluginAdministration.class.getName());

    private final PluginTenantChanges changes;
    private final LifecycleCalls calls;

    @Inject
    public PluginAdministration(PluginTenantChanges changes, LifecycleCalls calls) {
        this.changes = changes;
        this.calls = calls;
    }

    protected PluginAdministration() {
        this(null, null);
    }

    public void setEnabled(TenantRef tenant, PluginEntry plugin, boolean enabled, String actor) {
        if (changes.setEnabled(tenant, plugin.info().id(), enabled, actor)) {
            notify(plugin, tenant, enabled ? TenantLifecycleListener::onEnabled : TenantLifecycleListener::onDisabled);
        }
    }

    public void configure(TenantRef tenant, PluginEntry plugin, Map<String, String> values, String actor) {
        changes.configure(tenant, plugin, values, actor);
        notify(plugin, tenant, TenantLifecycleListener::onSettingsChanged);
    }

    private void notify(PluginEntry plugin, TenantRef tenant, BiConsumer<TenantLifecycleListener, Tenant> call) {
        for (TenantLifecycleListener listener : plugin.lifecycle()) {
            try {
                calls.call(listener, new Tenant(tenant.id(), tenant.slug()), call);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "Plugin " + plugin.info().id() + " failed in its lifecycle callback", e);
            }
        }
    }
}
