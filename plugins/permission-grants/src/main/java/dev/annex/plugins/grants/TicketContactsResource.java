package dev.annex.plugins.grants;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * Partner contacts on one ticket — what CC covers. The customer's people (and agents) add a
 * partner contact who holds any live grant from the ticket's organisation; the contact can then
 * read that ticket, and only read it, until the grant ends. One of them may be made the ticket's
 * partner point of contact: the customer's way to put a partner in charge of a ticket it opened
 * itself (see {@link PointOfContactEvents}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketContactsResource {

    private final PluginContext plugin;
    private final RestContext context;
    private final Callers callers;
    private final GrantBook book;
    private final long ticketId;

    TicketContactsResource(PluginContext plugin, RestContext context, Callers callers, GrantBook book, long ticketId) {
        this.plugin = plugin;
        this.context = context;
        this.callers = callers;
        this.book = book;
        this.ticketId = ticketId;
    }

    @GET
    public List<Views.ContactView> list() {
        visibleTicket();
        return book.contactsOnTicket(ticketId).stream().map(this::view).toList();
    }

    /**
     * Who may be added: the active people a live grant of the ticket's organisation reaches (named
     * in it, or members of an organisation named in it) and who are not on the ticket yet.
     */
    @GET
    @Path("candidates")
    public List<Views.ContactChoice> candidates() {
        TicketInfo ticket = customerTicket();
        Set<Long> present = new HashSet<>();
        book.contactsOnTicket(ticketId).forEach(c -> present.add(c.personId));
        Instant now = book.now();
        Map<Long, PersonInfo> people = new LinkedHashMap<>();
        List<Long> named = new ArrayList<>();
        for (PartnerGrant grant : book.ofCustomer(ticket.organisationId())) {
            if (!grant.liveAt(now)) {
                continue;
            }
            if (grant.subjectKind == Subject.Kind.PERSON) {
                named.add(grant.subjectId);
            } else {
                plugin.helpDesk().members(context.tenant(), grant.subjectId).forEach(p -> people.putIfAbsent(p.id(), p));
            }
        }
        plugin.helpDesk().people(context.tenant(), named).values().forEach(p -> people.putIfAbsent(p.id(), p));
        return people.values().stream().filter(PersonInfo::active).filter(p -> !present.contains(p.id()))
                .filter(p -> book.effective(p, ticket.organisationId()).isPresent())
                .sorted(Comparator.comparing(PersonInfo::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(p -> new Views.ContactChoice(p.id(), p.displayName(), p.email())).toList();
    }

    @POST
    @ApiAnswer(status = 201, body = Views.ContactView.class, description = "Added")
    public Response add(Inputs.NewContact input) {
        TicketInfo ticket = customerTicket();
        if (input == null || (input.personId() == null && (input.email() == null || input.email().isBlank()))) {
            throw PluginProblem.invalid("personId", "is required (or email)");
        }
        PersonInfo person = (input.personId() != null ? plugin.helpDesk().person(context.tenant(), input.personId())
                : plugin.helpDesk().personByEmail(context.tenant(), input.email()))
                .filter(PersonInfo::active)
                .orElseThrow(() -> PluginProblem.invalid("personId", "names no active person of this help desk"));
        PartnerGrant backing = book.effective(person, ticket.organisationId())
                .orElseThrow(() -> PluginProblem.invalid("personId", "holds no live grant from this ticket's organisation"));
        boolean pointOfContact = Boolean.TRUE.equals(input.pointOfContact());
        TicketContact contact = book.addContact(ticket.id(), person, backing, pointOfContact, context.caller().personId());
        if (pointOfContact) {
            tellPointOfContact(ticket, person);
        }
        return Response.status(Response.Status.CREATED).entity(view(contact)).build();
    }

    @DELETE
    @Path("{personId}")
    @ApiAnswer(status = 204, description = "Removed")
    public Response remove(@PathParam("personId") long personId) {
        customerTicket();
        TicketContact contact = book.contactsOnTicket(ticketId).stream().filter(c -> c.personId == personId)
                .findFirst().orElseThrow(() -> PluginProblem.notFound("No partner contact " + personId + " on this ticket"));
        book.removeContact(contact, context.caller().personId());
        return Response.noContent().build();
    }

    private void tellPointOfContact(TicketInfo ticket, PersonInfo partner) {
        String customer = plugin.helpDesk().organisation(context.tenant(), ticket.organisationId())
                .map(o -> o.name()).orElse("the customer");
        var caller = context.caller();
        new PartnerMail(plugin, context.tenant()).send(partner,
                "You are the point of contact for ticket #" + ticket.number() + " of " + customer,
                caller.displayName() + " <" + caller.email() + "> made you the point of contact of " + customer
                        + "'s ticket #" + ticket.number() + " \"" + ticket.subject() + "\". You will be told of its"
                        + " replies and status changes for as long as " + customer + "'s grant to you lasts.");
    }

    private TicketInfo visibleTicket() {
        if (!plugin.helpDesk().canSee(context.tenant(), context.caller().personId(), ticketId)) {
            throw PluginProblem.notFound("No ticket " + ticketId);
        }
        return plugin.helpDesk().ticket(context.tenant(), ticketId)
                .orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
    }

    /** Only the customer's own people, or agents, choose who of their partners reads a ticket. */
    private TicketInfo customerTicket() {
        TicketInfo ticket = visibleTicket();
        var caller = context.caller();
        boolean customerSide = ticket.organisationId() != null
                && Objects.equals(caller.organisationId(), ticket.organisationId());
        if (!caller.isAgent() && !customerSide) {
            throw PluginProblem.forbidden("Only the ticket organisation's people add partner contacts to it.");
        }
        if (ticket.organisationId() == null) {
            throw PluginProblem.conflict("ticketId", "belongs to no organisation, so no partner grant can apply");
        }
        return ticket;
    }

    private Views.ContactView view(TicketContact c) {
        PersonInfo person = plugin.helpDesk().person(context.tenant(), c.personId).orElse(null);
        return new Views.ContactView(c.personId, person == null ? "?" : person.displayName(),
                person == null ? "?" : person.email(), c.grantId, c.isPointOfContact());
    }
}
