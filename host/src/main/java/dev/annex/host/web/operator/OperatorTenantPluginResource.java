package dev.annex.host.web.operator;

import dev.annex.plugin.api.rest.ApiOperation;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.tenant.PluginAdministration;
import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.tenant.PluginSettings;
import dev.annex.host.plugin.tenant.PluginSwitch;
import dev.annex.host.web.SettingsInput;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.tenant.TenantResolution;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/** The operator turns plugins on and off, and configures them, for one tenant. */
@Path("operator/tenants/{slug}/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorTenantPluginResource {

    /** A plugin as one tenant has it. */
    public record TenantPlugin(PluginInfo plugin, boolean enabled) {
    }

    @Inject
    PluginRuntime runtime;
    @Inject
    PluginEnablement enablement;
    @Inject
    PluginAdministration administration;
    @Inject
    PluginSettings settings;
    @Inject
    PluginSwitch pluginSwitch;
    @Inject
    TenantResolution tenantResolution;
    @Inject
    Caller caller;

    @GET
    @ApiOperation(summary = "List the plugins for a tenant", operationId = "operatorTenantPluginList")
    public List<TenantPlugin> forTenant(@PathParam("slug") String slug) {
        caller.operator();
        enter(slug);
        Set<String> enabled = enablement.enabledIds();
        return runtime.catalog().all().stream()
                .map(entry -> new TenantPlugin(entry.info(), enabled.contains(entry.info().id()))).toList();
    }

    /** The plugin as this tenant has it: installed state, and whether it is on for the tenant. */
    @GET
    @Path("{pluginId}")
    @ApiOperation(summary = "Get a plugin for a tenant", operationId = "operatorTenantPluginGet")
    public TenantPlugin forTenant(@PathParam("slug") String slug, @PathParam("pluginId") String pluginId) {
        caller.operator();
        enter(slug);
        PluginEntry plugin = installed(pluginId);
        return new TenantPlugin(plugin.info(), enablement.enabledIds().contains(pluginId));
    }

    @PUT
    @Path("{pluginId}")
    public TenantPlugin enable(@PathParam("slug") String slug, @PathParam("pluginId") String pluginId,
                               @QueryParam("withDependencies") boolean withDependencies) {
        return setEnabled(slug, pluginId, true, withDependencies);
    }

    @DELETE
    @Path("{pluginId}")
    public TenantPlugin disable(@PathParam("slug") String slug, @PathParam("pluginId") String pluginId,
                                @QueryParam("withDependants") boolean withDependants) {
        return setEnabled(slug, pluginId, false, withDependants);
    }

    @GET
    @Path("{pluginId}/settings")
    public List<PluginSettings.SettingView> settings(@PathParam("slug") String slug, @PathParam("pluginId") String pluginId) {
        caller.operator();
        enter(slug);
        return settings.view(installed(pluginId));
    }

    @PUT
    @Path("{pluginId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PluginSettings.SettingView> configure(@PathParam("slug") String slug,
                                                      @PathParam("pluginId") String pluginId,
                                                      jakarta.json.JsonValue values) {
        String actor = "operator:" + caller.operator().email();
        TenantRef tenant = enter(slug);
        PluginEntry plugin = installed(pluginId);
        administration.configure(tenant, plugin, SettingsInput.of(values), actor);
        return settings.view(plugin);
    }

    private TenantPlugin setEnabled(String slug, String pluginId, boolean enabled, boolean both) {
        String actor = "operator:" + caller.operator().email();
        TenantRef tenant = enter(slug);
        PluginEntry plugin = installed(pluginId);
        pluginSwitch.set(tenant, pluginId, enabled, both, actor);
        return new TenantPlugin(plugin.info(), enabled);
    }

    private PluginEntry installed(String pluginId) {
        return runtime.catalog().find(pluginId).orElseThrow(() -> Problems.notFound("plugin", pluginId));
    }

    private TenantRef enter(String slug) {
        return tenantResolution.forOperator(slug);
    }
}
