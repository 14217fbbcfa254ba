package dev.annex.host.ticket;

import dev.annex.host.access.GrantLevels;
import dev.annex.host.access.TicketPermissions;
import dev.annex.host.access.Viewers;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.page.Page;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanges;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.refusal.Choices;
import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/** Ticket use cases for a signed-in person: every read goes through the viewer's filter. */
@ApplicationScoped
@Transactional
public class TicketService {

    private final TicketStore tickets;
    private final Directory directory;
    private final Viewers viewers;
    private final GrantLevels grants;

    @Inject
    public TicketService(TicketStore tickets, Directory directory, Viewers viewers, GrantLevels grants) {
        this.tickets = tickets;
        this.directory = directory;
        this.viewers = viewers;
        this.grants = grants;
    }

    protected TicketService() {
        this(null, null, null, null);
    }

    public Page<Ticket> list(TicketQuery query, Person person) {
        return tickets.list(query, viewers.of(person));
    }

    public Ticket get(long id, Person person) {
        return tickets.find(id, viewers.of(person)).orElseThrow(() -> Refusal.notFound("ticket", id));
    }

    public Ticket create(CreateTicketRequest request, Person caller) {
        TicketPriority priority = request.priority() == null ? TicketPriority.NORMAL
                : Choices.parse(TicketPriority.class, "priority", request.priority());
        Person requester = requester(request, caller);
        Long organisationId = organisation(request, requester, caller);
        return tickets.create(new NewTicket(request.subject().trim(),
                request.description() == null ? "" : request.description(), priority, requester.id(), organisationId),
                caller.id());
    }

    public Ticket update(long id, long expectedVersion, UpdateTicketRequest request, Person caller) {
        Ticket current = get(id, caller);
        TicketChanges changes = new TicketChanges(
                request.subject() == null ? null : request.subject().trim(),
                request.description(),
                Choices.parse(TicketStatus.class, "status", request.status()),
                Choices.parse(TicketPriority.class, "priority", request.priority()));
        if (changes.equals(new TicketChanges(null, null, null, null))) {
            throw Refusal.invalid("body", "names no field to change (subject, description, status, priority)");
        }
        requireGrantUnlessOwn(caller, current, AccessLevel.UPDATE, "update");
        TicketPermissions.checkUpdate(caller, changes);
        // A stale version is thrown on as it is: the edge answers it with 412 and the current version.
        return tickets.update(current.id(), expectedVersion, changes, request.comment(), caller.id());
    }


    public List<Comment> comments(long ticketId, Person caller) {
        Ticket ticket = get(ticketId, caller);
        return tickets.comments(ticket.id(), TicketPermissions.seesInternalComments(caller));
    }

    public Comment addComment(long ticketId, CommentRequest request, Person caller) {
        Ticket ticket = get(ticketId, caller);
        requireGrantUnlessOwn(caller, ticket, AccessLevel.COMMENT, "comment on");
        TicketPermissions.checkComment(caller, request.internal());
        return tickets.addComment(ticket.id(), new NewComment(caller.id(), request.body(), request.internal()));
    }

    public List<Person> participants(long ticketId, Person caller) {
        Ticket ticket = get(ticketId, caller);
        return tickets.participants(ticket.id()).stream().map(directory::person).flatMap(java.util.Optional::stream).toList();
    }

    /** Adds a person to the ticket (they then see it); needs the right to update the ticket. */
    public List<Person> addParticipant(long ticketId, Long personId, Person caller) {
        Ticket ticket = get(ticketId, caller);
        requireGrantUnlessOwn(caller, ticket, AccessLevel.UPDATE, "change the people on");
        if (personId == null) {
            throw Refusal.invalid("personId", "is required");
        }
        Person person = directory.person(personId).filter(Person::active)
                .orElseThrow(() -> Refusal.invalid("personId", "is not an active person of this help desk"));
        if (person.id() == ticket.requesterId()) {
            throw Refusal.conflict("personId", "is the ticket's requester already");
        }
        tickets.addParticipant(ticket.id(), person.id(), caller.id());
        return participants(ticket.id(), caller);
    }

    public void removeParticipant(long ticketId, long personId, Person caller) {
        Ticket ticket = get(ticketId, caller);
        if (personId != caller.id()) {
            requireGrantUnlessOwn(caller, ticket, AccessLevel.UPDATE, "change the people on");
        }
        if (!tickets.removeParticipant(ticket.id(), personId, caller.id())) {
            throw Refusal.notFound("participant", personId);
        }
    }

    private Person requester(CreateTicketRequest request, Person caller) {
        if (request.requesterId() == null || request.requesterId() == caller.id()) {
            return caller;
        }
        Person requester = directory.person(request.requesterId()).filter(Person::active)
                .orElseThrow(() -> Refusal.invalid("requesterId", "is not an active person of this help desk"));
        if (!caller.role().isAgent() && !onBehalfOf(caller, requester.organisationId())) {
            throw Refusal.forbidden("Contacts open tickets for themselves, or for an organisation that granted"
                    + " them the right to open tickets on its behalf.");
        }
        return requester;
    }

    private Long organisation(CreateTicketRequest request, Person requester, Person caller) {
        if (requester.role().isContact() && requester.id() != caller.id()) {
            return requester.organisationId();
        }
        if (requester.role().isContact()) {
            Long requested = request.organisationId();
            if (requested == null || Objects.equals(requested, requester.organisationId())) {
                return requester.organisationId();
            }
            if (!onBehalfOf(caller, requested)) {
                throw Refusal.invalid("organisationId",
                        "must be your own organisation, or one that lets you open tickets on its behalf");
            }
            return requested;
        }
        if (request.organisationId() == null) {
            return null;
        }
        return directory.organisation(request.organisationId())
                .orElseThrow(() -> Refusal.invalid("organisationId", "is not an organisation of this help desk"))
                .id();
    }

    private boolean onBehalfOf(Person caller, Long organisationId) {
        return organisationId != null
                && grants.onOrganisation(viewers.of(caller), organisationId).includes(AccessLevel.CREATE_ON_BEHALF);
    }

    /** The help desk's own rules let requesters and their organisation admins act; others need a grant. */
    private void requireGrantUnlessOwn(Person caller, Ticket ticket, AccessLevel needed, String action) {
        boolean own = caller.role().isAgent() || ticket.requesterId() == caller.id()
                || (caller.role() == Role.ORGANISATION_ADMIN && caller.organisationId() != null
                && caller.organisationId().equals(ticket.organisationId()))
                // People added to a ticket take part in its conversation, but do not manage it.
                || (needed == AccessLevel.COMMENT && tickets.participants(ticket.id()).contains(caller.id()));
        if (!own && !grants.onTicket(viewers.of(caller), ticket.id(), ticket.organisationId()).includes(needed)) {
            throw Refusal.forbidden("Your access to this ticket does not let you " + action + " it.");
        }
    }
}
