package dev.annex.host.web;

import dev.annex.host.security.Caller;
import dev.annex.host.web.problem.Problems;
import dev.annex.plugin.api.PersonRole;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Answers 403 to a signed-in person whose role the matched resource method does not admit
 * ({@link dev.annex.plugin.api.rest.AllowedRoles}), the host's and the plugins' alike: after the
 * sign-in, before the method runs or its body is read.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AllowedRolesFilter implements ContainerRequestFilter {

    @Inject
    Caller caller;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Set<PersonRole> allowed = RoleRestriction.allowed(resource.getResourceClass(), resource.getResourceMethod());
        if (allowed.size() == PersonRole.values().length) {
            return;
        }
        if (!allowed.contains(RoleRestriction.of(caller.person().role()))) {
            throw Problems.forbidden(RoleRestriction.refusal(allowed));
        }
    }
}
