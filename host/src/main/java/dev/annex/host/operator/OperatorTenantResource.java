package dev.annex.host.operator;

import dev.annex.host.security.Caller;
import dev.annex.host.tenant.Tenant;
import dev.annex.host.tenant.TenantStatus;
import dev.annex.host.tenant.Tenants;
import dev.annex.host.web.Inputs;
import dev.annex.host.web.PageView;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The operator's view of the installation's tenants. */
@Path("operator/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorTenantResource {

    @Inject
    Tenants tenants;
    @Inject
    TenantProvisioning provisioning;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @GET
    public PageView<Tenant> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        caller.operator();
        return PageView.of(tenants.list(Inputs.page(page, size)), t -> t);
    }

    @POST
    public Response create(@NotNull @Valid CreateTenantRequest request) {
        caller.operator();
        Tenant tenant = provisioning.create(request.slug(), request.name().trim(), request.admin().email(),
                request.admin().displayName().trim(), request.admin().password());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(tenant.slug()).build()).entity(tenant).build();
    }

    @GET
    @Path("{slug}")
    public Tenant get(@PathParam("slug") String slug) {
        caller.operator();
        return tenants.bySlug(slug).orElseThrow(() -> Problems.notFound("tenant", slug));
    }

    @POST
    @Path("{slug}/suspend")
    public Tenant suspend(@PathParam("slug") String slug) {
        caller.operator();
        return tenants.setStatus(slug, TenantStatus.SUSPENDED).orElseThrow(() -> Problems.notFound("tenant", slug));
    }

    @POST
    @Path("{slug}/resume")
    public Tenant resume(@PathParam("slug") String slug) {
        caller.operator();
        return tenants.setStatus(slug, TenantStatus.ACTIVE).orElseThrow(() -> Problems.notFound("tenant", slug));
    }
}
