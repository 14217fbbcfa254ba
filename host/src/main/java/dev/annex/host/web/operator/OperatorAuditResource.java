package dev.annex.host.web.operator;

import dev.annex.host.audit.AuditTrail;
import dev.annex.host.security.Caller;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The installation's audit trail (tenants created or suspended, plugins installed or removed). */
@Path("operator/audit")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAuditResource {

    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    /** Newest first. */
    @GET
    public PagedList<AuditTrail.Entry> latest(@QueryParam("page") String page, @QueryParam("size") String size) {
        caller.operator();
        return audit.page(null, Inputs.page(page, size)).view(entry -> entry);
    }
}
