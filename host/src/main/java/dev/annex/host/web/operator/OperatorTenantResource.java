package dev.annex.host.web.operator;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.rest.ApiOperation;
import dev.annex.host.operator.CreateTenantRequest;
import dev.annex.host.operator.TenantProvisioning;
import dev.annex.host.operator.bulk.BulkOperation;
import dev.annex.host.operator.bulk.BulkTenantCreation;
import dev.annex.host.operator.bulk.BulkTenantsRequest;
import dev.annex.host.audit.AuditTrail;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.Tenant;
import dev.annex.host.tenant.TenantStatus;
import dev.annex.host.tenant.Tenants;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
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
    BulkTenantCreation bulkCreation;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Context
    UriInfo uriInfo;

    @GET
    public PagedList<Tenant> list(@QueryParam("text") String text, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        caller.operator();
        return tenants.list(text, Inputs.page(page, size)).view(t -> t);
    }

    /** Many tenants at once: every row checked first (422 naming {@code tenants[i].field}), then created one by one. */
    @POST
    @Path("bulk")
    @ApiOperation(summary = "Create many tenants", operationId = "operatorTenantBulkCreate")
    @ApiAnswer(status = 202, body = BulkOperation.class, headers = "Location",
            description = "Every row checked; the tenants are being created")
    public Response createMany(@NotNull BulkTenantsRequest request) {
        String actor = actor();
        return OperatorOperationResource.accepted(uriInfo, bulkCreation.start(request.tenants(), actor));
    }

    @POST
    @ApiAnswer(status = 201, body = Tenant.class, headers = "Location", description = "Created, with its first admin")
    public Response create(@NotNull @Valid CreateTenantRequest request) {
        caller.operator();
        Tenant tenant = provisioning.create(request.slug(), request.name().trim(), request.admin().email(),
                request.admin().displayName().trim(), request.admin().password());
        audit.record(tenant.id(), actor(), "host", "tenant.created", tenant.slug() + " with admin " + request.admin().email());
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
        return setStatus(slug, TenantStatus.SUSPENDED, "tenant.suspended");
    }

    @POST
    @Path("{slug}/resume")
    public Tenant resume(@PathParam("slug") String slug) {
        return setStatus(slug, TenantStatus.ACTIVE, "tenant.resumed");
    }

    private Tenant setStatus(String slug, TenantStatus status, String action) {
        String actor = actor();
        Tenant tenant = tenants.setStatus(slug, status).orElseThrow(() -> Problems.notFound("tenant", slug));
        audit.record(tenant.id(), actor, "host", action, slug);
        return tenant;
    }

    private String actor() {
        return "operator:" + caller.operator().email();
    }
}
