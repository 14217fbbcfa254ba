package dev.annex.host.plugin.runtime;

/** A plugin's state on this installation, as the operator sees it. */
public enum PluginState {
    /** Loaded and started; it serves every tenant that has it enabled. */
    STARTED,
    /** Its jar could not be loaded, or its start threw. */
    FAILED,
    /** Built for a plugin API this host does not serve. */
    REFUSED
}
