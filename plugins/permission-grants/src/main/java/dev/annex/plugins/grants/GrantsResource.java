package dev.annex.plugins.grants;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The plugin's endpoints: a few reads here, the rest in the resources it hands on to. */
@Produces(MediaType.APPLICATION_JSON)
public class GrantsResource {

    /** Markers are asked for one page of the ticket list at a time. */
    private static final int MAX_MARKER_IDS = 100;
    /** How many matches a name search offers. */
    private static final int FOUND = 10;

    private final PluginContext plugin;
    private final RestContext context;
    private final Callers callers;
    private final GrantBook book;

    GrantsResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
        this.callers = new Callers(plugin, context);
        this.book = new GrantBook(plugin, context.tenant());
    }

    @Path("grants")
    public CustomerGrantsResource grants() {
        return new CustomerGrantsResource(plugin, context, callers, book);
    }

    @Path("requests")
    public RequestsResource requests() {
        return new RequestsResource(plugin, context, callers, book);
    }

    @Path("tickets/{ticketId}/contacts")
    public TicketContactsResource contacts(@PathParam("ticketId") long ticketId) {
        return new TicketContactsResource(plugin, context, callers, book, ticketId);
    }

    @Path("admin-requests")
    public AdminRequestsResource adminRequests() {
        return new AdminRequestsResource(plugin, context, callers, book);
    }

    @GET
    @Path("me")
    public Views.Summary me() {
        var caller = context.caller();
        String organisationName = caller.organisationId() == null ? null
                : plugin.helpDesk().organisation(context.tenant(), caller.organisationId()).map(o -> o.name()).orElse(null);
        boolean manages = caller.isOrganisationAdmin() && caller.organisationId() != null;
        long pending = manages ? new RequestsResource(plugin, context, callers, book).pendingCount(caller.organisationId()) : 0;
        return new Views.Summary(caller.organisationId(), organisationName, manages, pending,
                book.longest().toString(), book.now().plus(book.longest()));
    }

    /** The grants that reach the caller, from any customer, with which of them counts now. */
    @GET
    @Path("access")
    public List<Views.AccessView> access() {
        PersonInfo me = callers.me();
        Instant now = book.now();
        List<Views.AccessView> views = new ArrayList<>();
        for (PartnerGrant grant : book.applyingTo(me)) {
            Optional<PartnerGrant> effective = book.effective(me, grant.customerId);
            views.add(new Views.AccessView(grant.id, grant.customerId,
                    plugin.helpDesk().organisation(context.tenant(), grant.customerId).map(o -> o.name()).orElse("?"),
                    grant.subjectKind.name(), grant.level.name(), grant.level.label(), grant.expiresAt,
                    !grant.liveAt(now), effective.map(g -> g.id.equals(grant.id)).orElse(false)));
        }
        return views;
    }

    /**
     * The customer's active contacts, for a partner opening a ticket on its behalf to choose the
     * point of contact from. Only a partner whose effective grant from that customer is Create or
     * above may list them (403); an organisation unknown to this tenant answers 404.
     */
    @GET
    @Path("customers/{customerId}/contacts")
    public List<Views.ContactChoice> customerContacts(@PathParam("customerId") long customerId) {
        var customer = callers.organisation(customerId);
        PersonInfo me = callers.me();
        boolean creates = book.effective(me, customer.id()).filter(g -> g.level.includes(PartnerLevel.CREATE)).isPresent();
        if (!creates) {
            throw PluginProblem.forbidden("Only a partner that may open tickets on " + customer.name()
                    + "'s behalf (Create or above) lists its contacts.");
        }
        return plugin.helpDesk().members(context.tenant(), customer.id()).stream()
                .filter(p -> p.active() && (p.role() == PersonRole.CONTACT || p.role() == PersonRole.ORGANISATION_ADMIN))
                .map(p -> new Views.ContactChoice(p.id(), p.displayName(), p.email())).toList();
    }

    /**
     * Whom a customer's admin may give a grant, found by name: partner organisations (any active
     * organisation but the customer itself) and people — contacts of other organisations and the
     * help desk's own agents. The grant form picks from these instead of asking for an id.
     */
    @GET
    @Path("subjects")
    public List<Views.SubjectChoice> subjects(@QueryParam("q") String text, @QueryParam("customer") Long customer) {
        long customerId = callers.managedCustomer(customer);
        Tenant tenant = context.tenant();
        List<Views.SubjectChoice> found = new ArrayList<>();
        plugin.helpDesk().findOrganisations(tenant, text, FOUND).stream().filter(o -> o.id() != customerId)
                .forEach(o -> found.add(new Views.SubjectChoice("ORGANISATION", o.id(), o.name(),
                        "Organisation · " + o.accountNumber())));
        plugin.helpDesk().findPeople(tenant, text, FOUND).stream()
                .filter(p -> p.role() == PersonRole.AGENT || p.role() == PersonRole.TENANT_ADMIN
                        || (p.organisationId() != null && p.organisationId() != customerId))
                .forEach(p -> found.add(new Views.SubjectChoice("PERSON", p.id(), p.displayName(),
                        (p.organisationId() == null ? "Help desk agent" : "Partner contact") + " · " + p.email())));
        return found;
    }

    /** Organisations a partner may ask for access, found by name: any active one but their own. */
    @GET
    @Path("customers")
    public List<Views.OrganisationChoice> customers(@QueryParam("q") String text) {
        Long own = context.caller().organisationId();
        return plugin.helpDesk().findOrganisations(context.tenant(), text, FOUND).stream()
                .filter(o -> !Objects.equals(o.id(), own))
                .map(o -> new Views.OrganisationChoice(o.id(), o.name(), o.accountNumber())).toList();
    }

    /** The customer's history of grant changes, newest first. */
    @GET
    @Path("audit")
    public List<Views.AuditView> audit(@QueryParam("customer") Long customer) {
        long customerId = callers.managedCustomer(customer);
        List<GrantAudit> history = book.history(customerId);
        var actors = plugin.helpDesk().people(context.tenant(),
                history.stream().map(a -> a.actorId).filter(Objects::nonNull).distinct().toList());
        return history.stream()
                .map(a -> new Views.AuditView(a.id, a.grantId, a.actorId,
                        a.actorId == null || !actors.containsKey(a.actorId) ? null : actors.get(a.actorId).displayName(),
                        a.action, a.before, a.after, a.at)).toList();
    }

    /**
     * Which of the given tickets a partner manages, among those the caller can see: a partner
     * opened it on the customer's behalf, a partner (a contact of another organisation than the
     * ticket's) is its requester, or the customer made a partner contact its point of contact.
     */
    @GET
    @Path("managed")
    public List<Long> managed(@QueryParam("ids") String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        List<Long> wanted;
        try {
            wanted = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf)
                    .distinct().toList();
        } catch (NumberFormatException e) {
            throw PluginProblem.invalid("ids", "must be ticket ids separated by commas");
        }
        if (wanted.size() > MAX_MARKER_IDS) {
            throw PluginProblem.invalid("ids", "may name at most " + MAX_MARKER_IDS + " tickets");
        }
        Tenant tenant = context.tenant();
        long me = context.caller().personId();
        List<Long> managed = new ArrayList<>();
        for (long id : wanted) {
            if (plugin.helpDesk().canSee(tenant, me, id) && partnerManaged(tenant, id)) {
                managed.add(id);
            }
        }
        return managed;
    }

    private boolean partnerManaged(Tenant tenant, long ticketId) {
        if (book.em().find(ManagedTicket.class, ticketId) != null
                || book.contactsOnTicket(ticketId).stream().anyMatch(TicketContact::isPointOfContact)) {
            return true;
        }
        Optional<TicketInfo> ticket = plugin.helpDesk().ticket(tenant, ticketId);
        if (ticket.isEmpty() || ticket.get().organisationId() == null) {
            return false;
        }
        return plugin.helpDesk().person(tenant, ticket.get().requesterId())
                .filter(p -> p.role() == PersonRole.CONTACT || p.role() == PersonRole.ORGANISATION_ADMIN)
                .filter(p -> !Objects.equals(p.organisationId(), ticket.get().organisationId()))
                .isPresent();
    }

    static Subject subjectOf(PersonInfo person, boolean forOrganisation) {
        return forOrganisation ? Subject.organisation(person.organisationId()) : Subject.person(person.id());
    }
}
