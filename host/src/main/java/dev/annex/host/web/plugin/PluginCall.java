package dev.annex.host.web.plugin;

import dev.annex.host.plugin.runtime.PluginCalls;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

/**
 * Which plugin's own endpoint, if any, serves the current request: recorded by the door to the
 * plugins' endpoints once it has handed the request to that plugin, read by the filters that
 * wrap plugin calls — so no one has to tell a plugin call from the URL.
 */
@RequestScoped
public class PluginCall {

    private String pluginId;
    private PluginCalls.Pass pass;

    /** Holds the plugin as in use until this request has been answered. */
    void entered(PluginCalls.Pass pass) {
        this.pass = pass;
    }

    @PreDestroy
    void answered() {
        if (pass != null) {
            pass.close();
        }
    }

    void servedBy(String pluginId) {
        this.pluginId = pluginId;
    }

    /** The plugin serving this request, or null when the host serves it. */
    public String pluginId() {
        return pluginId;
    }
}
