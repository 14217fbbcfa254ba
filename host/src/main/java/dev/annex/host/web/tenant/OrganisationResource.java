package dev.annex.host.web.tenant;

import dev.annex.host.directory.DirectoryService;
import dev.annex.host.directory.OrganisationRequest;
import dev.annex.host.security.Caller;
import dev.annex.host.web.EntityTags;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.rest.AllowedRoles;
import dev.annex.plugin.api.rest.ApiAnswer;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
    public PagedList<OrganisationView> list(@QueryParam("q") String text, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return directory.organisations(caller.person(), text, Inputs.page(page, size)).view(OrganisationView::of);
    }

    /** With {@code If-None-Match} naming the current version (or {@code *}), 304 and no body. */
    @GET
    @Path("{id}")
    @ApiAnswer(status = 200, body = OrganisationView.class, headers = "ETag", description = "The organisation")
    @ApiAnswer(status = 304, headers = "ETag", description = "Not modified: If-None-Match names the current version")
    public Response get(@PathParam("id") long id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        OrganisationView organisation = OrganisationView.of(directory.organisation(caller.person(), id));
        return EntityTags.conditionalGet(organisation, organisation.version(), ifNoneMatch);
    }

    @POST
    @ApiAnswer(status = 201, body = OrganisationView.class, headers = {"ETag", "Location"}, description = "Created")
    @AllowedRoles(PersonRole.TENANT_ADMIN)
    public Response create(@NotNull @Valid OrganisationRequest.Create request) {
        OrganisationView created = OrganisationView.of(directory.createOrganisation(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(EntityTags.of(created.version())).entity(created).build();
    }

    /**
     * If-Match is optional here (the UI and plugins change organisations without it); a stale one
     * gets 412 and changes nothing.
     */
    @PATCH
    @Path("{id}")
    @ApiAnswer(status = 200, body = OrganisationView.class, headers = "ETag", description = "Changed")
    @AllowedRoles(PersonRole.TENANT_ADMIN)
    public Response update(@PathParam("id") long id, @DefaultValue("*") @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid OrganisationRequest.Update request) {
        OrganisationView updated = OrganisationView.of(directory.updateOrganisation(id, EntityTags.required(ifMatch),
                request));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }
}
