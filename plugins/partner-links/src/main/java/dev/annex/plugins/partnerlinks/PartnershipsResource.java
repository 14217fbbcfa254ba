package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The Partnerships tab, on both sides: list, and remove one (which ends all sharing through it). */
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipsResource {

    private final RestContext context;
    private final PartnershipBook book;

    PartnershipsResource(PluginContext plugin, RestContext context, PartnershipBook book) {
        this.context = context;
        this.book = book;
    }

    @GET
    public List<Views.PartnershipView> list() {
        long organisation = Admins.organisationOf(context.caller());
        return book.activeOf(organisation).stream().map(p -> book.view(p, organisation)).toList();
    }

    @DELETE
    @Path("{id}")
    public Views.PartnershipView remove(@PathParam("id") long id) {
        long organisation = Admins.organisationOf(context.caller());
        PartnershipRow row = book.lockActive(id)
                .filter(p -> p.partnerId == organisation || p.customerId == organisation)
                .orElseThrow(() -> PluginProblem.notFound("No partnership " + id));
        book.end(row, context.caller().personId());
        return book.view(row, organisation);
    }
}
