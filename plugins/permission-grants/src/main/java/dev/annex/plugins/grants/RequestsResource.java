package dev.annex.plugins.grants;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * Partners ask customers for a level; the customer's organisation admins see the new requests,
 * approve them (possibly with another level or expiry) or decline them, and the partner is told
 * by email either way.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    private static final int MAX_NOTE = 1000;

    private final PluginContext plugin;
    private final RestContext context;
    private final Callers callers;
    private final GrantBook book;
    private final PartnerMail mail;

    RequestsResource(PluginContext plugin, RestContext context, Callers callers, GrantBook book) {
        this.plugin = plugin;
        this.context = context;
        this.callers = callers;
        this.book = book;
        this.mail = new PartnerMail(plugin, context.tenant());
    }

    long pendingCount(long customerId) {
        return book.em().createQuery("SELECT COUNT(r) FROM AccessRequest r WHERE r.customerId = :customer"
                        + " AND r.status = :pending", Long.class)
                .setParameter("customer", customerId).setParameter("pending", AccessRequest.Status.PENDING)
                .getSingleResult();
    }

    /** Requests to the caller's organisation, pending first, then the latest decided. */
    @GET
    @Path("incoming")
    public List<Views.RequestView> incoming(@QueryParam("customer") Long customer) {
        long customerId = callers.managedCustomer(customer);
        return book.em().createQuery("SELECT r FROM AccessRequest r WHERE r.customerId = :customer"
                        + " ORDER BY r.status DESC, r.id DESC", AccessRequest.class)
                .setParameter("customer", customerId).setMaxResults(200).getResultStream().map(this::view).toList();
    }

    /** The caller's own requests. */
    @GET
    @Path("outgoing")
    public List<Views.RequestView> outgoing() {
        return book.em().createQuery("SELECT r FROM AccessRequest r WHERE r.requesterId = :me ORDER BY r.id DESC",
                        AccessRequest.class)
                .setParameter("me", context.caller().personId()).setMaxResults(200).getResultStream()
                .map(this::view).toList();
    }

    @POST
    @ApiAnswer(status = 201, body = Views.RequestView.class, description = "Asked")
    public Response ask(Inputs.NewRequest input) {
        if (input == null) {
            throw PluginProblem.invalid("body", "is required");
        }
        PersonInfo me = callers.me();
        boolean forOrganisation = Boolean.TRUE.equals(input.forOrganisation());
        PartnerLevel level = Callers.level(input.level());
        OrganisationInfo customer = (input.customerId() != null
                ? plugin.helpDesk().organisation(context.tenant(), input.customerId())
                : plugin.helpDesk().organisationByAccountNumber(context.tenant(), input.customerAccountNumber()))
                .filter(OrganisationInfo::active)
                .orElseThrow(() -> PluginProblem.invalid("customer", "names no active organisation of this help desk"));
        if (customer.id() == (me.organisationId() == null ? -1L : me.organisationId())) {
            throw PluginProblem.invalid("customer", "is your own organisation");
        }
        if (forOrganisation && (me.role() != PersonRole.ORGANISATION_ADMIN || me.organisationId() == null)) {
            throw PluginProblem.forbidden("Only your organisation's admins ask on behalf of the whole organisation.");
        }
        if (input.note() != null && input.note().length() > MAX_NOTE) {
            throw PluginProblem.invalid("note", "must be at most " + MAX_NOTE + " characters");
        }
        book.requireExpiry(input.expiresAt());
        Subject subject = GrantsResource.subjectOf(me, forOrganisation);
        boolean alreadyPending = book.em().createQuery("SELECT r FROM AccessRequest r WHERE r.customerId = :customer"
                        + " AND r.subjectKind = :kind AND r.subjectId = :id AND r.status = :pending", AccessRequest.class)
                .setParameter("customer", customer.id()).setParameter("kind", subject.kind())
                .setParameter("id", subject.id()).setParameter("pending", AccessRequest.Status.PENDING)
                .getResultStream().findFirst().isPresent();
        if (alreadyPending) {
            throw PluginProblem.conflict("customer", "has a pending request from you already");
        }
        AccessRequest request = new AccessRequest(customer.id(), me.id(), subject, level, input.expiresAt(),
                input.note() == null || input.note().isBlank() ? null : input.note().trim(), book.now());
        book.em().persist(request);
        book.em().flush();
        plugin.audit().record(context.tenant(), me.id(), "grant.requested", book.subjectName(subject) + " asks "
                + customer.name() + " for " + level.label() + " until " + input.expiresAt());
        mail.toManagers(customer.id(), me.id(), "New partner request from " + me.displayName(),
                me.displayName() + " <" + me.email() + "> asks for " + level.label() + " access to "
                        + customer.name() + "'s tickets for " + book.subjectName(subject) + ", until "
                        + input.expiresAt() + ".\n" + (request.note == null ? "" : "\nTheir note: " + request.note + "\n")
                        + "\nApprove, edit or decline it on the My partners page.");
        return Response.status(Response.Status.CREATED).entity(view(request)).build();
    }

    @POST
    @Path("{id}/approve")
    public Views.RequestView approve(@PathParam("id") long id, Inputs.Decision decision) {
        AccessRequest request = pending(id);
        PartnerLevel level = decision == null || decision.level() == null ? request.level : Callers.level(decision.level());
        var expiresAt = decision == null || decision.expiresAt() == null ? request.expiresAt : decision.expiresAt();
        Long actor = context.caller().personId();
        Optional<PartnerGrant> existing = book.forSubject(request.customerId, request.subject());
        if (existing.isPresent()) {
            book.change(existing.get(), level, expiresAt, actor);
        } else {
            book.create(request.customerId, request.subject(), level, expiresAt, actor);
        }
        decide(request, AccessRequest.Status.APPROVED);
        String customer = callers.organisation(request.customerId).name();
        requester(request).ifPresent(p -> mail.send(p, "Your partner request to " + customer + " was approved",
                customer + " granted " + book.subjectName(request.subject()) + " " + level.label()
                        + " access to its tickets until " + expiresAt + "."
                        + (level != request.level || !expiresAt.equals(request.expiresAt)
                        ? "\n(You asked for " + request.level.label() + " until " + request.expiresAt + ".)" : "")));
        return view(request, level, expiresAt);
    }

    @POST
    @Path("{id}/decline")
    public Views.RequestView decline(@PathParam("id") long id) {
        AccessRequest request = pending(id);
        decide(request, AccessRequest.Status.DECLINED);
        String customer = callers.organisation(request.customerId).name();
        plugin.audit().record(context.tenant(), context.caller().personId(), "grant.request-declined",
                book.subjectName(request.subject()) + " asked " + customer + " for " + request.level.label());
        requester(request).ifPresent(p -> mail.send(p, "Your partner request to " + customer + " was declined",
                customer + " declined your request for " + request.level.label() + " access to its tickets."));
        return view(request);
    }

    /**
     * A request the caller may decide: to an organisation they manage (404 otherwise), still
     * pending (409). Locked, so two admins deciding at once cannot both pass the pending check.
     */
    private AccessRequest pending(long id) {
        AccessRequest request = book.em().find(AccessRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !callers.manages(request.customerId)) {
            throw PluginProblem.notFound("No request " + id);
        }
        if (request.status != AccessRequest.Status.PENDING) {
            throw PluginProblem.conflict("status", "was " + request.status.name().toLowerCase() + " already");
        }
        return request;
    }

    private void decide(AccessRequest request, AccessRequest.Status status) {
        request.status = status;
        request.decidedAt = book.now();
        request.decidedBy = context.caller().personId();
        book.em().flush();
    }

    private Optional<PersonInfo> requester(AccessRequest request) {
        return plugin.helpDesk().person(context.tenant(), request.requesterId);
    }

    private Views.RequestView view(AccessRequest r) {
        return view(r, r.level, r.expiresAt);
    }

    /** The request with the level and expiry that count: an approval answers with what it granted. */
    private Views.RequestView view(AccessRequest r, PartnerLevel level, java.time.Instant expiresAt) {
        return new Views.RequestView(r.id, r.customerId,
                plugin.helpDesk().organisation(context.tenant(), r.customerId).map(o -> o.name()).orElse("?"),
                r.requesterId, requester(r).map(PersonInfo::displayName).orElse("?"), r.subjectKind.name(),
                r.subjectId, book.subjectName(r.subject()), level.name(), expiresAt, r.note, r.status.name(),
                r.createdAt, r.decidedAt);
    }
}
