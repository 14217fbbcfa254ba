package dev.annex.host.web.operator;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.plugin.packages.PluginPackages;
import dev.annex.host.audit.AuditTrail;
import dev.annex.host.operator.bulk.BulkOperation;
import dev.annex.host.operator.bulk.BulkPluginSwitching;
import dev.annex.host.operator.bulk.PluginForTenantsRequest;
import dev.annex.host.plugin.runtime.InvalidPluginException;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginInUseException;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.runtime.PluginState;
import dev.annex.host.security.Caller;
import dev.annex.host.web.problem.Problems;
import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.rest.ApiOperation;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The operator's plugin controls: what is installed on this installation (on every node of it). */
@Path("operator/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorPluginResource {

    @Inject
    PluginRuntime runtime;
    @Inject
    PluginPackages packages;
    @Inject
    PluginProblems problems;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    BulkPluginSwitching switching;
    @Context
    UriInfo uriInfo;

    /** An installed plugin with its latest run-time failure, if any. */
    public record InstalledPlugin(String id, String version, String provider, String description, String requires,
                                  PluginState state, String failure, PluginProblems.LastProblem lastProblem) {
    }

    @GET
    public List<InstalledPlugin> installed() {
        caller.operator();
        return runtime.catalog().all().stream().map(PluginEntry::info)
                .map(i -> new InstalledPlugin(i.id(), i.version(), i.provider(), i.description(), i.requires(), i.state(),
                        i.failure(), problems.latest(i.id()).orElse(null)))
                .toList();
    }

    /** One plugin on or off for many tenants (or all): the plugin and the named tenants checked first, then switched one by one. */
    @POST
    @Path("{pluginId}/tenants")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiOperation(summary = "Turn a plugin on or off for many tenants", operationId = "operatorPluginBulkSwitch")
    @ApiAnswer(status = 202, body = BulkOperation.class, headers = "Location",
            description = "Plugin and tenants checked; the switch is under way")
    public Response switchForTenants(@PathParam("pluginId") String pluginId, @NotNull @Valid PluginForTenantsRequest request) {
        String actor = "operator:" + caller.operator().email();
        return OperatorOperationResource.accepted(uriInfo, switching.start(pluginId, request.enabled(), request.tenants(),
                Boolean.TRUE.equals(request.withRelated()), actor));
    }

    /** Installs the uploaded jar, or upgrades the installed plugin with the same id. */
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/java-archive"})
    @ApiAnswer(status = 201, body = PluginInfo.class, description = "Installed or upgraded; state says whether it started")
    public Response install(InputStream jar) throws IOException {
        String actor = "operator:" + caller.operator().email();
        try {
            PluginInfo installed = packages.install(jar);
            audit.record(null, actor, "host", "plugin.installed", installed.id() + " " + installed.version()
                    + " " + installed.state());
            return Response.status(Response.Status.CREATED).entity(installed).build();
        } catch (InvalidPluginException e) {
            throw Problems.invalid(e.field(), e.getMessage());
        }
    }

    @DELETE
    @Path("{pluginId}")
    @ApiAnswer(status = 204, description = "Uninstalled")
    public Response uninstall(@PathParam("pluginId") String pluginId) throws IOException {
        String actor = "operator:" + caller.operator().email();
        boolean removed;
        try {
            removed = packages.uninstall(pluginId);
        } catch (PluginInUseException inUse) {
            throw Problems.conflict(null, inUse.getMessage());
        }
        if (!removed) {
            throw Problems.notFound("plugin", pluginId);
        }
        audit.record(null, actor, "host", "plugin.uninstalled", pluginId);
        return Response.noContent().build();
    }

}
