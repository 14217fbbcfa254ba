package dev.annex.host.web.plugin;

import dev.annex.host.plugin.runtime.PluginBusyException;
import dev.annex.host.plugin.runtime.PluginCallLimits;
import dev.annex.host.plugin.runtime.PluginCalls;
import dev.annex.host.plugin.runtime.PluginRuntime;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

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
    @Inject
    PluginCalls calls;
    @Inject
    PluginCallLimits limits;
    @Inject
    PluginRuntime runtime;
    @Inject
    UiOffers offers;
    @Context
    HttpServletRequest servletRequest;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    /**
     * Each plugin with the UI contributions offered to the caller: those their role admits
     * (UiContribution.roles), less those the plugin's own check leaves out (UiExtension.offers).
     */
    @GET
    public List<PluginView> list() {
        Person person = caller.person();
        return enablement.active().stream().map(entry -> PluginView.of(entry, offers.offered(entry, person))).toList();
    }

    private static PersonRole role(Person person) {
        return PersonRole.valueOf(person.role().name());
    }

    /**
     * The plugin's own URL: a GET of it describes the plugin to the caller; everything under it is
     * handed to the plugin's resource. One locator serves both, so that no URL has two candidates
     * (a sub-resource method on this same path would compete with the locator). A locator runs
     * while the request is still being matched, before any filter that runs after matching: it
     * settles the tenant and the caller itself, the same way
     * {@link dev.annex.host.web.AuthenticationFilter} does.
     */
    @Path("{pluginId}")
    public Object plugin(@PathParam("pluginId") String pluginId, @Context UriInfo uri) {
        authentication.authenticate(tenant, false, request.getMethod(), headers::getHeaderString, headers.getCookies());
        Person person = caller.person();
        // Counted before the lookup, so an upgrade that hides the plugin after it was found here
        // waits for this call before it unloads the plugin (see PluginCalls).
        PluginCallLimits.Limits limit = limits.of(pluginId);
        PluginCalls.Pass pass = enter(pluginId, limit);
        Optional<PluginEntry> found = enablement.active(pluginId);
        if (found.isEmpty() && runtime.isBeingReplaced(pluginId)) {
            // An upgrade hid it and waits for the calls holding the old version, this one included:
            // let go, wait for the new version, and serve the call with it rather than answer 404.
            pass.close();
            runtime.awaitReplaced(pluginId, limit.timeLimit());
            pass = enter(pluginId, limit);
            found = enablement.active(pluginId);
        }
        pluginCall.entered(pass);
        PluginEntry plugin = found.orElseThrow(() -> Problems.notFound("plugin", pluginId));
        PluginDeadline deadline = PluginDeadline.of(servletRequest);
        if (deadline != null) {
            deadline.arm(pluginId, limit.timeLimit());
        }
        if (isThisResource(uri)) {
            return new Description(PluginView.of(plugin, offers.offered(plugin, person)));
        }
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

    /** Whether the request is for the locator's own URL, with no path of the plugin's after it. */
    private static boolean isThisResource(UriInfo uri) {
        return trimSlashes(uri.getPath(false)).equals(trimSlashes(uri.getMatchedURIs(false).get(0)));
    }

    private static String trimSlashes(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return path.substring(start, end);
    }

    /** GET of a plugin's own URL. */
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Description {

        private final PluginView view;

        Description(PluginView view) {
            this.view = view;
        }

        @GET
        public PluginView get() {
            return view;
        }
    }

    private PluginCalls.Pass enter(String pluginId, PluginCallLimits.Limits limit) {
        try {
            return calls.enter(pluginId, limit.maxConcurrentCalls(), limit.maxConcurrentCallsTotal());
        } catch (PluginBusyException busy) {
            throw Problems.pluginBusy(busy.getMessage());
        }
    }
}
