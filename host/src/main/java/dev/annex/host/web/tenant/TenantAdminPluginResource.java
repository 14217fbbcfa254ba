package dev.annex.host.web.tenant;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.tenant.PluginAdministration;
import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.tenant.PluginSettings;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.web.SettingsInput;
import dev.annex.host.web.problem.Problems;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.rest.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/** A tenant's administrators see their plugins and configure the ones that are on. */
@Path("t/{tenant}/admin/plugins")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(PersonRole.TENANT_ADMIN)
public class TenantAdminPluginResource {

    public record AdminPlugin(PluginInfo plugin, boolean enabled, List<PluginSettings.SettingView> settings) {
    }

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    PluginRuntime runtime;
    @Inject
    PluginEnablement enablement;
    @Inject
    PluginSettings settings;
    @Inject
    PluginAdministration administration;
    @Inject
    TenantContext tenantContext;
    @Inject
    Caller caller;

    @GET
    public List<AdminPlugin> list() {
        Set<String> enabled = enablement.enabledIds();
        // Only what the operator turned on for this tenant: other uploads, and why they failed,
        // are the operator's business (issue 11).
        return runtime.catalog().all().stream()
                .filter(entry -> enabled.contains(entry.info().id()))
                .map(entry -> new AdminPlugin(entry.info(), enabled.contains(entry.info().id()),
                        entry.started() ? settings.view(entry) : List.of()))
                .toList();
    }

    @PUT
    @Path("{pluginId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PluginSettings.SettingView> configure(@PathParam("pluginId") String pluginId, jakarta.json.JsonValue values) {
        PluginEntry plugin = enablement.active(pluginId).orElseThrow(() -> Problems.notFound("plugin", pluginId));
        administration.configure(tenantContext.current(), plugin, SettingsInput.of(values),
                "person:" + caller.person().id());
        return settings.view(plugin);
    }
}
