package dev.annex.host.web.tenant;

import dev.annex.host.audit.AuditTrail;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.rest.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A tenant's audit trail, for its administrators: plugin changes, grants, settings. */
@Path("t/{tenant}/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(PersonRole.TENANT_ADMIN)
public class TenantAuditResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    AuditTrail audit;
    @Inject
    TenantContext tenantContext;

    /** Newest first. */
    @GET
    public PagedList<AuditTrail.Entry> latest(@QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.page(tenantContext.current().id(), Inputs.page(page, size)).view(entry -> entry);
    }
}
