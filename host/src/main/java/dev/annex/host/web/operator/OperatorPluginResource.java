package dev.annex.host.web.operator;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.plugin.runtime.InvalidPluginException;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginInUseException;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.runtime.PluginState;
import dev.annex.host.audit.AuditTrail;
import dev.annex.host.security.Caller;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The operator's plugin controls: what is installed on this installation. */
@Path("operator/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorPluginResource {

    @Inject
    PluginRuntime runtime;
    @Inject
    PluginProblems problems;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

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

    /** Installs the uploaded jar, or upgrades the installed plugin with the same id. */
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/java-archive"})
    @ApiAnswer(status = 201, body = PluginInfo.class, description = "Installed or upgraded; state says whether it started")
    public Response install(InputStream jar) throws IOException {
        String actor = "operator:" + caller.operator().email();
        try {
            PluginInfo installed = runtime.install(jar);
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
    public Response uninstall(@PathParam("pluginId") String pluginId) {
        String actor = "operator:" + caller.operator().email();
        boolean removed;
        try {
            removed = runtime.uninstall(pluginId);
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
