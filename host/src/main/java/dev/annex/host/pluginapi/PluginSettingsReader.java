package dev.annex.host.pluginapi;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.tenant.PluginSettings;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.settings.SettingsReader;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** A plugin reading its own settings for a tenant. */
final class PluginSettingsReader implements SettingsReader {

    private final String pluginId;
    private final TenantBinding binding;
    private final Instance<PluginSettings> settings;
    private final Instance<PluginRuntime> runtime;

    PluginSettingsReader(String pluginId, TenantBinding binding, Instance<PluginSettings> settings,
                         Instance<PluginRuntime> runtime) {
        this.pluginId = pluginId;
        this.binding = binding;
        this.settings = settings;
        this.runtime = runtime;
    }

    @Override
    public Optional<String> value(Tenant tenant, String key) {
        binding.bind(tenant.id(), tenant.slug());
        // Reachable, not published: a call that began before an upgrade hid this plugin still reads its settings.
        PluginEntry plugin = runtime.get().reachableCatalog().find(pluginId)
                .orElseThrow(() -> new IllegalStateException("Plugin " + pluginId + " is not installed"));
        return settings.get().value(plugin, key);
    }

    @Override
    public String text(Tenant tenant, String key) {
        return value(tenant, key).orElse(null);
    }

    @Override
    public long number(Tenant tenant, String key) {
        return Long.parseLong(required(tenant, key));
    }

    @Override
    public boolean bool(Tenant tenant, String key) {
        return Boolean.parseBoolean(required(tenant, key));
    }

    @Override
    public Duration duration(Tenant tenant, String key) {
        return Duration.parse(required(tenant, key).toUpperCase(Locale.ROOT));
    }

    private String required(Tenant tenant, String key) {
        return value(tenant, key).orElseThrow(() -> new IllegalArgumentException(
                "Setting " + key + " of plugin " + pluginId + " has no value and no default"));
    }
}
