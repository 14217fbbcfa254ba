package dev.annex.host.plugin.runtime;

/** An installed plugin as the operator's list shows it; {@code failure} says why when not started. */
public record PluginInfo(String id, String version, String provider, String description, String requires,
                         PluginState state, String failure) {
}
