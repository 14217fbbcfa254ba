package dev.annex.host.plugin.runtime;

import java.util.List;

/** Uninstalling a plugin that installed plugins depend on: they would stop working. */
public class PluginInUseException extends RuntimeException {

    private final List<String> dependants;

    public PluginInUseException(String pluginId, List<String> dependants) {
        super("Plugin " + pluginId + " cannot be uninstalled: " + String.join(", ", dependants)
                + (dependants.size() == 1 ? " depends" : " depend") + " on it. Uninstall "
                + (dependants.size() == 1 ? "it" : "them") + " first.");
        this.dependants = List.copyOf(dependants);
    }

    public List<String> dependants() {
        return dependants;
    }
}
