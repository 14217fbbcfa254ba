package dev.annex.host.web.tenant;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in person, their organisation and their help desk. */
@Path("t/{tenant}/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    public record Me(PersonView person, OrganisationView organisation, String tenant) {
    }

    @Inject
    Caller caller;
    @Inject
    Directory directory;
    @Inject
    TenantContext tenantContext;

    @GET
    public Me me() {
        Person person = caller.person();
        OrganisationView organisation = person.organisationId() == null ? null
                : directory.organisation(person.organisationId()).map(OrganisationView::of).orElse(null);
        return new Me(PersonView.of(person), organisation, tenantContext.current().slug());
    }
}
