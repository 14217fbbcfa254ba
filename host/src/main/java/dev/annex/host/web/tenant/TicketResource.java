package dev.annex.host.web.tenant;

import dev.annex.plugin.api.rest.ApiParam;
import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.ticket.CommentRequest;
import dev.annex.host.ticket.CreateTicketRequest;
import dev.annex.host.ticket.TicketService;
import dev.annex.host.ticket.UpdateTicketRequest;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketSort;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.page.Page;
import dev.annex.host.page.PageRequest;
import dev.annex.host.security.Caller;
import dev.annex.host.web.EntityTags;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;

@Path("t/{tenant}/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    TicketService tickets;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    /**
     * Sort is a field name, optionally prefixed with '-' for descending: {@code -updated}, {@code number}.
     * {@code shared=true} keeps only the tickets shared with the caller (as a participant or
     * through a plugin's grant) that they would not see otherwise. {@code status} may be repeated (any
     * of them); {@code updated_since} keeps the tickets updated at or after that instant, so that an
     * integration polls for changes the way it does with Zendesk's and RT's APIs.
     */
    @GET
    public PagedList<TicketView> list(@ApiParam(as = TicketStatus.class,
                                         description = "Repeat for any of several: status=OPEN&status=PENDING")
                                     @QueryParam("status") List<String> statuses,
                                     @ApiParam(as = Instant.class,
                                         description = "Only tickets updated at or after this instant (ISO-8601)")
                                     @QueryParam("updated_since") String updatedSince,
                                     @ApiParam(as = Long.class, minimum = 1) @QueryParam("organisation") String organisation,
                                     @ApiParam(as = Long.class, minimum = 1) @QueryParam("requester") String requester,
                                     @QueryParam("q") String text,
                                     @ApiParam(as = Boolean.class, defaultValue = "false") @QueryParam("shared") String shared,
                                     @ApiParam(allowed = {"number", "-number", "created", "-created", "updated", "-updated",
                                         "priority", "-priority", "status", "-status", "subject", "-subject"},
                                         defaultValue = "-updated") @QueryParam("sort") String sort,
                                     @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        TicketQuery query = new TicketQuery(
                Inputs.queryEnums(TicketStatus.class, "status", statuses),
                Inputs.optionalInstant("updated_since", updatedSince),
                Inputs.optionalId("organisation", organisation),
                Inputs.optionalId("requester", requester),
                text, sort(sort), Inputs.page(page, size), Inputs.flag("shared", shared), null);
        return tickets.list(query, caller.person()).view(TicketView::of);
    }

    @POST
    @ApiAnswer(status = 201, body = TicketView.class, headers = {"ETag", "Location"}, description = "Created")
    public Response create(@NotNull @Valid CreateTicketRequest request) {
        TicketView created = TicketView.of(tickets.create(request, caller.person()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(EntityTags.of(created.version()))
                .entity(created)
                .build();
    }

    /** With {@code If-None-Match} naming the current version (or {@code *}), 304 and no body. */
    @GET
    @Path("{id}")
    @ApiAnswer(status = 200, body = TicketView.class, headers = "ETag", description = "The ticket")
    @ApiAnswer(status = 304, headers = "ETag", description = "Not modified: If-None-Match names the current version")
    public Response get(@PathParam("id") long id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        TicketView ticket = TicketView.of(tickets.get(id, caller.person()));
        return EntityTags.conditionalGet(ticket, ticket.version(), ifNoneMatch);
    }

    /** Needs {@code If-Match} with the version last read; a stale one gets 412 and changes nothing. */
    @PATCH
    @Path("{id}")
    @ApiAnswer(status = 200, body = TicketView.class, headers = "ETag", description = "Changed")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid UpdateTicketRequest request) {
        if (ifMatch == null || ifMatch.isBlank()) {
            tickets.get(id, caller.person());
            throw Problems.preconditionRequired();
        }
        TicketView updated = TicketView.of(tickets.update(id, EntityTags.version(ifMatch), request, caller.person()));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    /** Oldest first, as the conversation reads; internal notes only for agents. */
    @GET
    @Path("{id}/comments")
    public PagedList<CommentView> comments(@PathParam("id") long id, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        PageRequest request = Inputs.page(page, size);
        return Page.of(tickets.comments(id, caller.person()), request).view(CommentView::of);
    }

    @POST
    @Path("{id}/comments")
    @ApiAnswer(status = 201, body = CommentView.class, description = "Added")
    public Response addComment(@PathParam("id") long id, @NotNull @Valid CommentRequest request) {
        CommentView comment = CommentView.of(tickets.addComment(id, request, caller.person()));
        return Response.status(Response.Status.CREATED).entity(comment).build();
    }

    public record AddParticipant(Long personId) {
    }

    @GET
    @Path("{id}/participants")
    public PagedList<PersonView> participants(@PathParam("id") long id, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        PageRequest request = Inputs.page(page, size);
        return Page.of(tickets.participants(id, caller.person()), request).view(PersonView::of);
    }

    @POST
    @Path("{id}/participants")
    public List<PersonView> addParticipant(@PathParam("id") long id, @NotNull AddParticipant request) {
        return tickets.addParticipant(id, request.personId(), caller.person()).stream().map(PersonView::of).toList();
    }

    @DELETE
    @Path("{id}/participants/{personId}")
    @ApiAnswer(status = 204, description = "Removed")
    public Response removeParticipant(@PathParam("id") long id, @PathParam("personId") long personId) {
        tickets.removeParticipant(id, personId, caller.person());
        return Response.noContent().build();
    }

    private static TicketSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return TicketSort.NEWEST_UPDATE;
        }
        boolean descending = sort.startsWith("-");
        String name = (descending ? sort.substring(1) : sort).trim();
        TicketSort.Field field = Inputs.queryEnum(TicketSort.Field.class, "sort", name.toUpperCase(Locale.ROOT));
        if (field == null) {
            // "-" alone: a direction without a field.
            throw Problems.badRequest("sort", "must name a field: one of " + dev.annex.host.refusal.Choices.names(TicketSort.Field.class));
        }
        return new TicketSort(field, descending);
    }
}
