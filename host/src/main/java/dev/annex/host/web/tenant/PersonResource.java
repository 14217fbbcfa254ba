package dev.annex.host.web.tenant;

import dev.annex.plugin.api.rest.ApiParam;
import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.directory.DirectoryService;
import dev.annex.host.directory.PersonRequest;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.security.Caller;
import dev.annex.host.security.Credentials;
import dev.annex.host.web.EntityTags;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
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

@Path("t/{tenant}/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    DirectoryService directory;
    @Inject
    Caller caller;
    @Inject
    Credentials credentials;
    @Context
    UriInfo uriInfo;

    @GET
    public PagedList<PersonView> list(@ApiParam(as = Long.class, minimum = 1) @QueryParam("organisation") String organisation,
                                     @ApiParam(as = Role.class) @QueryParam("role") String role,
                                     @QueryParam("q") String text, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return directory.people(caller.person(), Inputs.optionalId("organisation", organisation),
                Inputs.queryEnum(Role.class, "role", role), text, Inputs.page(page, size)).view(PersonView::of);
    }

    /** With {@code If-None-Match} naming the current version (or {@code *}), 304 and no body. */
    @GET
    @Path("{id}")
    @ApiAnswer(status = 200, body = PersonView.class, headers = "ETag", description = "The person")
    @ApiAnswer(status = 304, headers = "ETag", description = "Not modified: If-None-Match names the current version")
    public Response get(@PathParam("id") long id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        PersonView person = PersonView.of(directory.person(caller.person(), id));
        return EntityTags.conditionalGet(person, person.version(), ifNoneMatch);
    }

    @POST
    @ApiAnswer(status = 201, body = PersonView.class, headers = {"ETag", "Location"}, description = "Created")
    public Response create(@NotNull @Valid PersonRequest.Create request) {
        // Tenant admins, or whoever holds an ADMIN grant on the person's organisation (checked there).
        PersonView created = PersonView.of(directory.createPerson(caller.person(), request, hash(request.password())));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(EntityTags.of(created.version())).entity(created).build();
    }

    /** Outside the transaction of the change, which this resource does not run in. */
    private String hash(String password) {
        return password == null ? null : credentials.hash(password);
    }

    /**
     * If-Match is optional here (the UI and plugins change people without it); a stale one gets 412
     * and changes nothing.
     */
    @PATCH
    @Path("{id}")
    @ApiAnswer(status = 200, body = PersonView.class, headers = "ETag", description = "Changed")
    public Response update(@PathParam("id") long id, @DefaultValue("*") @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid PersonRequest.Update request) {
        PersonView updated = PersonView.of(directory.updatePerson(caller.person(), id, EntityTags.required(ifMatch),
                request, hash(request.password()), caller.session().orElse(null)));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }
}
