package dev.annex.plugins.grants;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Administrative requests: what only a customer's primary contacts (its organisation admins)
 * may ask the help desk for. A partner may file one for a customer when its grant from that
 * customer is Service Admin or Full Admin. Each is kept, audited and mailed to the customer's
 * organisation admins; agents list them all, and mark each done or declined with a note that is
 * mailed to whoever filed it.
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

    /**
     * Agents see every request, a customer's organisation admins their organisation's and their
     * own, anyone else only their own; {@code status} (OPEN, DONE, DECLINED) narrows the list.
     */
    @GET
    public List<Views.AdminRequestView> list(@QueryParam("status") String status) {
        AdminRequest.Status wanted = status == null || status.isBlank() ? null : parse(AdminRequest.Status.class,
                status, "status");
        var caller = context.caller();
        List<String> where = new ArrayList<>();
        if (!caller.isAgent()) {
            where.add(caller.isOrganisationAdmin() ? "(a.customerId = :org OR a.filedBy = :me)" : "a.filedBy = :me");
        }
        if (wanted == AdminRequest.Status.OPEN) {
            // Rows filed before the status column existed hold null, which means open.
            where.add("(a.status = :status OR a.status IS NULL)");
        } else if (wanted != null) {
            where.add("a.status = :status");
        }
        var query = book.em().createQuery("SELECT a FROM AdminRequest a"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY a.id DESC", AdminRequest.class);
        if (!caller.isAgent()) {
            query.setParameter("me", caller.personId());
            if (caller.isOrganisationAdmin()) {
                query.setParameter("org", caller.organisationId() == null ? -1L : caller.organisationId());
            }
        }
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        return query.setMaxResults(200).getResultStream().map(this::view).toList();
    }

    /**
     * An agent marks a request done or declines it, with a note; the person who filed it is
     * mailed the outcome and the note. Deciding twice is a conflict.
     */
    @POST
    @Path("{id}/resolve")
    public Views.AdminRequestView resolve(@PathParam("id") long id, Inputs.Resolution input) {
        var caller = context.caller();
        if (!caller.isAgent()) {
            throw PluginProblem.forbidden("Only the help desk's agents resolve administrative requests.");
        }
        // Locked, so two agents deciding at once cannot both pass the "still open" check below.
        AdminRequest request = book.em().find(AdminRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw PluginProblem.notFound("No administrative request " + id);
        }
        if (input == null || input.outcome() == null || input.outcome().isBlank()) {
            throw PluginProblem.invalid("outcome", "is required: DONE or DECLINED");
        }
        AdminRequest.Status outcome = parse(AdminRequest.Status.class, input.outcome(), "outcome");
        if (outcome == AdminRequest.Status.OPEN) {
            throw PluginProblem.invalid("outcome", "must be DONE or DECLINED");
        }
        if (input.note() == null || input.note().isBlank() || input.note().length() > MAX_DETAILS) {
            throw PluginProblem.invalid("note", "must hold 1 to " + MAX_DETAILS + " characters");
        }
        if (request.status() != AdminRequest.Status.OPEN) {
            throw PluginProblem.conflict("status", "is " + request.status().name().toLowerCase(Locale.ROOT) + " already");
        }
        request.resolve(outcome, input.note().trim(), caller.personId(), book.now());
        book.em().flush();
        String customer = customerName(request);
        String what = request.kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " request for " + customer;
        String verdict = outcome == AdminRequest.Status.DONE ? "done" : "declined";
        plugin.audit().record(context.tenant(), caller.personId(), "admin-request." + verdict,
                "request " + request.id + " (" + what + "): " + request.resolutionNote);
        plugin.helpDesk().person(context.tenant(), request.filedBy).filter(PersonInfo::active).ifPresent(filer ->
                new PartnerMail(plugin, context.tenant()).send(filer,
                        "Your administrative request for " + customer + " was " + verdict,
                        caller.displayName() + " marked your " + what + " " + verdict + ":\n\n"
                                + request.resolutionNote + "\n\nYour request:\n" + request.details));
        return view(request);
    }

    @POST
    @ApiAnswer(status = 201, body = Views.AdminRequestView.class, description = "Filed")
    public Response file(Inputs.NewAdminRequest input) {
        if (input == null || input.customerId() == null) {
            throw PluginProblem.invalid("customerId", "is required");
        }
        AdminRequest.Kind kind = parse(AdminRequest.Kind.class, input.kind() == null ? "" : input.kind(), "kind");
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

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PluginProblem.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private String customerName(AdminRequest a) {
        return plugin.helpDesk().organisation(context.tenant(), a.customerId).map(OrganisationInfo::name)
                .orElse("organisation " + a.customerId);
    }

    private Views.AdminRequestView view(AdminRequest a) {
        var filer = plugin.helpDesk().person(context.tenant(), a.filedBy);
        String resolver = a.resolvedBy == null ? null : plugin.helpDesk().person(context.tenant(), a.resolvedBy)
                .map(PersonInfo::displayName).orElse("?");
        return new Views.AdminRequestView(a.id, a.customerId, customerName(a), a.filedBy,
                filer.map(PersonInfo::displayName).orElse("?"), filer.map(PersonInfo::email).orElse("?"),
                a.kind.name(), a.details, a.createdAt, a.status().name(), a.resolutionNote, resolver, a.resolvedAt);
    }
}
