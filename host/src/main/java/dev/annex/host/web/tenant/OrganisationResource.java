package dev.annex.host.web.tenant;

import dev.annex.host.directory.DirectoryService;
import dev.annex.host.directory.OrganisationRequest;
import dev.annex.host.security.Caller;
import dev.annex.host.web.Inputs;
import dev.annex.host.web.PageView;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.rest.AllowedRoles;
import dev.annex.plugin.api.rest.ApiAnswer;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("t/{tenant}/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    DirectoryService directory;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @GET
    public PageView<OrganisationView> list(@QueryParam("q") String text, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return PageView.of(directory.organisations(caller.person(), text, Inputs.page(page, size)),
                OrganisationView::of);
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return OrganisationView.of(directory.organisation(caller.person(), id));
    }

    @POST
    @ApiAnswer(status = 201, body = OrganisationView.class, headers = "Location", description = "Created")
    @AllowedRoles(PersonRole.TENANT_ADMIN)
    public Response create(@NotNull @Valid OrganisationRequest.Create request) {
        OrganisationView created = OrganisationView.of(directory.createOrganisation(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @AllowedRoles(PersonRole.TENANT_ADMIN)
    public OrganisationView update(@PathParam("id") long id, @NotNull @Valid OrganisationRequest.Update request) {
        return OrganisationView.of(directory.updateOrganisation(id, request));
    }
}
