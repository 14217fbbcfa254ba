package dev.annex.plugin.api;

/**
 * The version of the plugin API this jar carries.
 *
 * <p>A plugin states the API it was built for in its manifest ({@code Plugin-Requires}, e.g.
 * {@code 1.0.0} or {@code >=1.0.0 & <2.0.0}). The host serves every 1.x version up to its own and
 * refuses a plugin that needs another major version, naming the reason in its plugin list.
 *
 * @since 1.0.0
 */
public final class PluginApi {

    /** Semantic version of this API (from the build: {@code annex.plugin-api.version} in the root pom). */
    public static final String VERSION = "${annex.plugin-api.version}";

    /** The major version: plugins built for another major version are refused. */
    public static final int MAJOR = ${annex.plugin-api.majorVersion};

    private PluginApi() {
    }
}
