package dev.annex.plugin.testkit.server;

/**
 * The real Annex an end-to-end test ({@code *IT}) runs against: the server the plugin parent POM
 * starts for a plugin module with {@code annex.server.skip=false} (this module's plugin jar in its
 * plugin folder, no data but the operator), or liberty/'s IT server. Failsafe passes where it is:
 * <ul>
 *   <li>{@code annex.server.url} — its address (default {@code http://localhost:9281});</li>
 *   <li>{@code annex.server.operator.email} and {@code annex.server.operator.password} — the
 *       operator's sign-in (default {@code operator@annex.local} and {@code demo}, the demo's);</li>
 *   <li>{@code annex.server.plugin} — the id of the plugin the module builds.</li>
 * </ul>
 * A test makes a tenant of its own with {@link #tenant}, people in it, turns its plugin on and calls
 * it:
 * <pre>{@code
 * TestTenant tenant = AnnexServer.tenantWithPlugin("follow");
 * tenant.person(tenant.email("sam"), "AGENT", null);
 * tenant.as(tenant.email("sam")).get(tenant.plugin(AnnexServer.plugin(), "/followed")).expect(200);
 * }</pre>
 */
public final class AnnexServer {

    private AnnexServer() {
    }

    /** The server's address, without a trailing slash. */
    public static String url() {
        String url = System.getProperty("annex.server.url", "http://localhost:9281");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static String operatorEmail() {
        return System.getProperty("annex.server.operator.email", "operator@annex.local");
    }

    public static String operatorPassword() {
        return System.getProperty("annex.server.operator.password", "demo");
    }

    /** The operator ({@code /api/operator/…}: tenants, plugins, per-tenant switches). */
    public static Api operator() {
        return Api.basic(operatorEmail(), operatorPassword());
    }

    /** The id of the plugin this module builds (its {@code plugin.id}). */
    public static String plugin() {
        String id = System.getProperty("annex.server.plugin", "");
        if (id.isBlank()) {
            throw new IllegalStateException("annex.server.plugin is not set: run the test with failsafe (mvn verify)");
        }
        return id;
    }

    /** A new tenant, its slug starting with {@code prefix}, with an admin ({@link TestTenant#admin()}). */
    public static TestTenant tenant(String prefix) {
        return TestTenant.create(prefix);
    }

    /**
     * A new tenant with these plugins on, {@link #plugin() this module's} last; fails at once, naming
     * the server's plugins, unless each is {@code STARTED} (a jar the host refused or that failed).
     */
    public static TestTenant tenantWithPlugin(String prefix, String... alsoNeeded) {
        TestTenant tenant = TestTenant.create(prefix);
        for (String id : alsoNeeded) {
            tenant.enable(started(id));
        }
        return tenant.enable(started(plugin()));
    }

    private static String started(String pluginId) {
        if (!"STARTED".equals(pluginState(pluginId))) {
            throw new AssertionError("plugin " + pluginId + " is not STARTED on " + url() + ": "
                    + operator().get("/api/operator/plugins").body());
        }
        return pluginId;
    }

    /** The plugin's state on the server ({@code STARTED}, {@code FAILED}, {@code REFUSED}), or null if it is not installed. */
    public static String pluginState(String pluginId) {
        return operator().get("/api/operator/plugins").expect(200).array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(p -> p.getString("id").equals(pluginId)).map(p -> p.getString("state"))
                .findFirst().orElse(null);
    }
}
