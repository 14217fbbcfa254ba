package dev.annex.host.web.operator;

import dev.annex.host.audit.AuditTrail;
import dev.annex.host.security.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The installation's audit trail (tenants created or suspended, plugins installed or removed). */
@Path("operator/audit")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAuditResource {

    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    /** The newest 200 entries, newest first. */
    @GET
    public List<AuditTrail.Entry> latest() {
        caller.operator();
        return audit.latest(null, 200);
    }
}
