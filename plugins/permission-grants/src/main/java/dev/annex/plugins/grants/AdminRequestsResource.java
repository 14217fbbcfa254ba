package dev.annex.plugins.grants;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Administrative requests: what only a customer's primary contacts (its organisation admins)
 * may ask the help desk for. A partner may file one for a customer when its grant from that
 * customer is Service Admin or Full Admin. Each is kept, audited and mailed to the customer's
 * organisation admins; agents list them all.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminRequestsResource {

    private static final int MAX_DETAILS = 4000;

    private final PluginContext plugin;
    private final RestContext context;
    private final Callers callers;
    private final GrantBook book;

    AdminRequestsResource(PluginContext plugin, RestContext context, Callers callers, GrantBook book) {
        this.plugin = plugin;
        this.context = context;
        this.callers = callers;
        this.book = book;
    }

    @GET
    public List<Views.AdminRequestView> list() {
        var caller = context.caller();
        String where = caller.isAgent() ? "" : caller.isOrganisationAdmin()
                ? " WHERE a.customerId = :org OR a.filedBy = :me" : " WHERE a.filedBy = :me";
        var query = book.em().createQuery("SELECT a FROM AdminRequest a" + where + " ORDER BY a.id DESC", AdminRequest.class);
        if (!caller.isAgent()) {
            query.setParameter("me", caller.personId());
            if (caller.isOrganisationAdmin()) {
                query.setParameter("org", caller.organisationId() == null ? -1L : caller.organisationId());
            }
        }
        return query.setMaxResults(200).getResultStream().map(AdminRequestsResource::view).toList();
    }

    @POST
    public Response file(Inputs.NewAdminRequest input) {
        if (input == null || input.customerId() == null) {
            throw PluginProblem.invalid("customerId", "is required");
        }
        AdminRequest.Kind kind;
        try {
            kind = AdminRequest.Kind.valueOf(input.kind() == null ? "" : input.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PluginProblem.invalid("kind", "must be one of " + Arrays.toString(AdminRequest.Kind.values()));
        }
        if (input.details() == null || input.details().isBlank() || input.details().length() > MAX_DETAILS) {
            throw PluginProblem.invalid("details", "must hold 1 to " + MAX_DETAILS + " characters");
        }
        PersonInfo me = callers.me();
        OrganisationInfo customer = plugin.helpDesk().organisation(context.tenant(), input.customerId())
                .orElseThrow(() -> PluginProblem.notFound("No organisation " + input.customerId()));
        boolean primaryContact = context.caller().isOrganisationAdmin()
                && customer.id() == (me.organisationId() == null ? -1L : me.organisationId());
        boolean partnerAdmin = book.effective(me, customer.id())
                .filter(g -> g.level.includes(PartnerLevel.SERVICE_ADMIN)).isPresent();
        if (!primaryContact && !partnerAdmin) {
            throw PluginProblem.forbidden("Administrative requests come from the customer's organisation admins,"
                    + " or a partner it granted Service Admin or Full Admin.");
        }
        AdminRequest request = new AdminRequest(customer.id(), me.id(), kind, input.details().trim(), book.now());
        book.em().persist(request);
        book.em().flush();
        plugin.audit().record(context.tenant(), me.id(), "admin-request.filed",
                kind + " for " + customer.name() + " by " + me.email());
        new PartnerMail(plugin, context.tenant()).toManagers(customer.id(), me.id(),
                "Administrative request for " + customer.name(),
                me.displayName() + " <" + me.email() + "> filed a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " request for " + customer.name() + ":\n\n" + request.details);
        return Response.status(Response.Status.CREATED).entity(view(request)).build();
    }

    private static Views.AdminRequestView view(AdminRequest a) {
        return new Views.AdminRequestView(a.id, a.customerId, a.filedBy, a.kind.name(), a.details, a.createdAt);
    }
}
