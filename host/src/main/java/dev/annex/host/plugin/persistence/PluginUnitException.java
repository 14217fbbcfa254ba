package dev.annex.host.plugin.persistence;

/**
 * Why a plugin's persistence unit cannot be opened. The message is shown to the operator as the
 * reason the plugin failed to start, so it names the problem in the plugin's terms.
 */
public class PluginUnitException extends Exception {

    public PluginUnitException(String message) {
        super(message);
    }

    public PluginUnitException(String message, Throwable cause) {
        super(message, cause);
    }
}
