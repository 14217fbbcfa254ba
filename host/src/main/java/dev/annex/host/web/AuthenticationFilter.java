package dev.annex.host.web;

import dev.annex.host.tenant.TenantResolution;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Resolves the tenant and signs the caller in once the request is matched, before the resource
 * runs: from the {@code {tenant}} path parameter and the resource's {@link Anonymous} mark, never
 * by reading the URL by hand. A request no resource matches is answered 404 without signing in.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Inject
    RequestAuthentication authentication;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String tenant = request.getUriInfo().getPathParameters().getFirst(TenantResolution.PATH_PARAMETER);
        authentication.authenticate(tenant, isAnonymous(resource), request.getMethod(), request::getHeaderString,
                request.getCookies());
    }

    static boolean isAnonymous(ResourceInfo resource) {
        return resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Anonymous.class)
                || resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(Anonymous.class);
    }
}
