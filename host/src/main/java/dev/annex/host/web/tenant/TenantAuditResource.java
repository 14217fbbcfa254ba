package dev.annex.host.web.tenant;

import dev.annex.host.audit.AuditTrail;
import dev.annex.host.tenant.TenantContext;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.rest.AllowedRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

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

    /** The newest 200 entries, newest first. */
    @GET
    public List<AuditTrail.Entry> latest() {
        return audit.latest(tenantContext.current().id(), 200);
    }
}
