package dev.annex.plugin.api.rest;

import org.pf4j.ExtensionPoint;

/**
 * A plugin's REST endpoints, served under {@code /api/t/{tenant}/plugins/{pluginId}/…}.
 *
 * <p>Before the resource is asked for, the host has authenticated the caller, resolved tenant
 * and person, and checked that the plugin is enabled for the tenant (404 otherwise). The object
 * returned is a Jakarta REST resource: its {@code @Path} methods are matched against the rest of
 * the URL; records returned serialise with JSON-B. Each request runs in a transaction that the
 * host's and the plugin's writes share.
 *
 * <pre>{@code
 * @Extension
 * public class FollowEndpoints implements RestExtension {
 *     @Override
 *     public Object resource(RestContext context) { return new FollowResource(context); }
 * }
 *
 * public class FollowResource {
 *     @GET @Path("followed") @Produces("application/json")
 *     public List<Long> followed() { ... }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface RestExtension extends ExtensionPoint {

    /** The resource object for one request. */
    Object resource(RestContext context);
}
