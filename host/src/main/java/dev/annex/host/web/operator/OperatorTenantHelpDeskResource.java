package dev.annex.host.web.operator;

import dev.annex.host.audit.AuditTrail;
import dev.annex.host.helpdesk.HelpDeskChoice;
import dev.annex.host.helpdesk.HelpDeskChoiceRequest;
import dev.annex.host.helpdesk.HelpDeskChoices;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.tenant.TenantResolution;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The operator sets which help desk backs a tenant: the built-in one (the default) or a Request
 * Tracker 5, checked against RT before it is saved (a wrong address or token is a 422 saying why).
 * The token is write-only: answers say only whether one is set.
 */
@Path("operator/tenants/{slug}/help-desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorTenantHelpDeskResource {

    @Inject
    HelpDeskChoices choices;
    @Inject
    TenantResolution tenantResolution;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;

    @GET
    public HelpDeskChoice get(@PathParam("slug") String slug) {
        caller.operator();
        tenantResolution.forOperator(slug);
        return choices.current();
    }

    @PUT
    public HelpDeskChoice choose(@PathParam("slug") String slug, HelpDeskChoiceRequest request) {
        String actor = "operator:" + caller.operator().email();
        TenantRef tenant = tenantResolution.forOperator(slug);
        if (request == null) {
            throw Problems.invalid("kind", "must be BUILT_IN or RT");
        }
        HelpDeskChoice chosen = choices.choose(request);
        audit.record(tenant.id(), actor, "host", "tenant.help-desk",
                chosen.kind() + (chosen.baseUrl() == null ? "" : " " + chosen.baseUrl() + " " + chosen.queues()));
        return chosen;
    }
}
