package dev.annex.host.web.plugin;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.web.RequestAuthentication;
import dev.annex.host.web.problem.Problems;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;

/**
 * The plugins a tenant's people can use, and the door to each plugin's own endpoints. A plugin
 * that is off for the tenant answers 404 here, at once, as if it did not exist.
 */
@Path("t/{tenant}/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPluginResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    PluginEnablement enablement;
    @Inject
    Caller caller;
    @Inject
    TenantContext tenantContext;
    @Inject
    RequestAuthentication authentication;
    @Inject
    PluginCall pluginCall;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    /** Each plugin with the UI contributions meant for the caller's role (see UiContribution.roles). */
    @GET
    public List<PluginView> list() {
        PersonRole role = role(caller.person());
        return enablement.active().stream().map(entry -> PluginView.of(entry, role)).toList();
    }

    @GET
    @Path("{pluginId}")
    public PluginView describe(@PathParam("pluginId") String pluginId) {
        PersonRole role = role(caller.person());
        return PluginView.of(active(pluginId), role);
    }

    private static PersonRole role(Person person) {
        return PersonRole.valueOf(person.role().name());
    }

    /**
     * Hands the rest of the URL to the plugin's resource. A locator runs while the request is
     * still being matched, before any filter that runs after matching: it settles the tenant and
     * the caller itself, the same way {@link dev.annex.host.web.AuthenticationFilter} does.
     */
    @Path("{pluginId}")
    public Object endpoints(@PathParam("pluginId") String pluginId) {
        authentication.authenticate(tenant, false, request.getMethod(), headers::getHeaderString, headers.getCookies());
        Person person = caller.person();
        PluginEntry plugin = active(pluginId);
        if (plugin.rest().isEmpty()) {
            throw Problems.notFound("endpoint of plugin", pluginId);
        }
        RestExtension extension = plugin.rest().get(0);
        pluginCall.servedBy(pluginId);
        var ref = tenantContext.current();
        var context = new RestContext(new Tenant(ref.id(), ref.slug()), new dev.annex.plugin.api.Caller(person.id(),
                person.email(), person.displayName(), role(person), person.organisationId()));
        return extension.resource(context);
    }

    private PluginEntry active(String pluginId) {
        return enablement.active(pluginId).orElseThrow(() -> Problems.notFound("plugin", pluginId));
    }
}
