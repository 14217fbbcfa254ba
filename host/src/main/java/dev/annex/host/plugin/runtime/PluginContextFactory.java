package dev.annex.host.plugin.runtime;

import dev.annex.plugin.api.PluginContext;

/**
 * Makes the {@link PluginContext} a plugin and its extensions are constructed with. The runtime
 * only hands it over; what the context offers is the host's plugin API implementation's business.
 */
public interface PluginContextFactory {

    PluginContext forPlugin(String pluginId);
}
