package dev.annex.plugin.api;

/**
 * The version of the plugin API this jar carries.
 *
 * <p>Plugins declare the API version they were built for; the host refuses a plugin built for a
 * major version it does not serve. The extension points themselves arrive with API 1.0.
 */
public final class PluginApi {

    /** Semantic version of this API. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
