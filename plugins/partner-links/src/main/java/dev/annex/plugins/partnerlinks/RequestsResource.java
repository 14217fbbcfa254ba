package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.links.IssuedSecret;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/** The partner's Requests tab: its organisation's collaboration requests, a new one, revoking one. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    static final String PURPOSE = "collaboration";
    static final int MAX_NAME = 100;

    private final PluginContext plugin;
    private final RestContext context;
    private final PartnershipBook book;

    RequestsResource(PluginContext plugin, RestContext context, PartnershipBook book) {
        this.plugin = plugin;
        this.context = context;
        this.book = book;
    }

    @GET
    public List<Views.RequestView> list() {
        long partner = Admins.organisationOf(context.caller());
        return book.requestsOf(partner).stream().map(book::view).toList();
    }

    /** A new named request and its link, shown once: only the link's hash is kept (by the host). */
    @POST
    @ApiAnswer(status = 201, body = Views.CreatedRequest.class, description = "Created: the secret link, shown this once")
    public Response create(Inputs.NewRequest input) {
        long partner = Admins.organisationOf(context.caller());
        String name = name(input == null ? null : input.name());
        Duration lifetime = plugin.settings().duration(context.tenant(), PartnerLinksPlugin.LINK_LIFETIME);
        IssuedSecret issued = plugin.secretLinks().issue(context.tenant(), PURPOSE, lifetime);
        CollaborationRequest request = new CollaborationRequest(partner, name, issued.link().id(),
                context.caller().personId(), issued.link().createdAt(), issued.link().expiresAt());
        book.em().persist(request);
        book.em().flush();
        plugin.audit().record(context.tenant(), context.caller().personId(), "link.created",
                "\"" + name + "\" for " + book.name(partner) + ", expires " + request.expiresAt);
        String path = "/t/" + context.tenant().slug() + "/p/partner-links/" + PartnerLinksUi.PAGE + "#accept="
                + issued.secret();
        return Response.status(Response.Status.CREATED)
                .entity(new Views.CreatedRequest(book.view(request), issued.secret(), path)).build();
    }

    /** Revokes a link nobody used yet (beyond the source product, which can only let it expire). */
    @DELETE
    @Path("{id}")
    public Views.RequestView revoke(@PathParam("id") long id) {
        long partner = Admins.organisationOf(context.caller());
        CollaborationRequest request = book.em().find(CollaborationRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.partnerId != partner) {
            throw PluginProblem.notFound("No collaboration request " + id);
        }
        LinkStatus status = request.statusAt(book.now());
        if (status != LinkStatus.NOT_USED) {
            throw PluginProblem.conflict("status", "the link is " + status.label().toLowerCase()
                    + "; only a link that is not used can be revoked");
        }
        plugin.secretLinks().revoke(context.tenant(), request.linkId);
        request.decide(CollaborationRequest.Outcome.REVOKED, null, context.caller().personId(), book.now());
        book.em().flush();
        plugin.audit().record(context.tenant(), context.caller().personId(), "link.revoked",
                "\"" + request.name + "\" of " + book.name(partner));
        return book.view(request);
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw PluginProblem.invalid("name", "is required: a descriptive name, such as the customer's company");
        }
        if (name.length() > MAX_NAME) {
            throw PluginProblem.invalid("name", "must be at most " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw PluginProblem.invalid("name", "must be one line of text");
        }
        return name;
    }
}
