package dev.annex.host.web.tenant;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.tenant.PluginSettings;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The echo test plugin's {@code ping} done natively by the host — the same answer from the same
 * reads (the plugin on for the tenant, the caller, three of its settings) — so the benchmark suite
 * can put the cost of the plugin door beside the host's own. Off (404) unless
 * {@code annex.diagnostics.native-twin} is on, as it is on the test server only.
 */
@Path("t/{tenant}/diagnostics/echo-ping")
@Produces(MediaType.APPLICATION_JSON)
public class NativeTwinResource {

    /** The echo plugin's {@code Ping}, field for field. */
    public record Ping(String version, String tenant, String caller, String greeting, long maxItems, boolean apiKeySet) {
    }

    private static final String ECHO = "echo";

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    @ConfigProperty(name = "annex.diagnostics.native-twin", defaultValue = "false")
    boolean enabled;
    @Inject
    Caller caller;
    @Inject
    TenantContext tenantContext;
    @Inject
    PluginEnablement enablement;
    @Inject
    PluginSettings settings;

    @GET
    public Ping ping() {
        if (!enabled) {
            throw Problems.notFound("resource", "diagnostics/echo-ping");
        }
        String email = caller.person().email();
        PluginEntry echo = enablement.active(ECHO).orElseThrow(() -> Problems.notFound("plugin", ECHO));
        return new Ping(echo.info().version(), tenantContext.current().slug(), email,
                settings.value(echo, "greeting").orElse(null),
                Long.parseLong(settings.value(echo, "maxItems").orElse("0")),
                settings.value(echo, "apiKey").isPresent());
    }
}
