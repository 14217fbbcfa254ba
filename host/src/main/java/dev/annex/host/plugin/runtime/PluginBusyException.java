package dev.annex.host.plugin.runtime;

/** A plugin already runs as many calls as its bulkhead allows; the new call was not started. */
public class PluginBusyException extends RuntimeException {

    private final String pluginId;

    PluginBusyException(String message, String pluginId) {
        super(message);
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
