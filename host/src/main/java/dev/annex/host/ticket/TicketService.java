package dev.annex.host.ticket;

import dev.annex.host.access.TicketPermissions;
import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.helpdesk.Page;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.StaleVersionException;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanges;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.web.Inputs;
import dev.annex.host.web.problem.Problems;
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

    @Inject
    public TicketService(TicketStore tickets, Directory directory) {
        this.tickets = tickets;
        this.directory = directory;
    }

    protected TicketService() {
        this(null, null);
    }

    public Page<Ticket> list(TicketQuery query, Viewer viewer) {
        return tickets.list(query, viewer);
    }

    public Ticket get(long id, Person person) {
        return tickets.find(id, viewerOf(person)).orElseThrow(() -> Problems.notFound("ticket", id));
    }

    public Ticket create(CreateTicketRequest request, Person caller) {
        TicketPriority priority = request.priority() == null ? TicketPriority.NORMAL
                : Inputs.bodyEnum(TicketPriority.class, "priority", request.priority());
        Person requester = requester(request, caller);
        Long organisationId = organisation(request, requester);
        return tickets.create(new NewTicket(request.subject().trim(),
                request.description() == null ? "" : request.description(), priority, requester.id(), organisationId));
    }

    public Ticket update(long id, long expectedVersion, UpdateTicketRequest request, Person caller) {
        Ticket current = get(id, caller);
        TicketChanges changes = new TicketChanges(
                request.subject() == null ? null : request.subject().trim(),
                request.description(),
                Inputs.bodyEnum(TicketStatus.class, "status", request.status()),
                Inputs.bodyEnum(TicketPriority.class, "priority", request.priority()));
        if (changes.equals(new TicketChanges(null, null, null, null))) {
            throw Problems.invalid("body", "names no field to change (subject, description, status, priority)");
        }
        TicketPermissions.checkUpdate(caller, changes);
        try {
            return tickets.update(current.id(), expectedVersion, changes);
        } catch (StaleVersionException stale) {
            throw Problems.staleVersion(stale.currentVersion());
        }
    }

    public List<Comment> comments(long ticketId, Person caller) {
        Ticket ticket = get(ticketId, caller);
        return tickets.comments(ticket.id(), TicketPermissions.seesInternalComments(caller));
    }

    public Comment addComment(long ticketId, CommentRequest request, Person caller) {
        Ticket ticket = get(ticketId, caller);
        TicketPermissions.checkComment(caller, request.internal());
        return tickets.addComment(ticket.id(), new NewComment(caller.id(), request.body(), request.internal()));
    }

    private Person requester(CreateTicketRequest request, Person caller) {
        if (request.requesterId() == null || request.requesterId() == caller.id()) {
            return caller;
        }
        if (!caller.role().isAgent()) {
            throw Problems.forbidden("Contacts open tickets for themselves only.");
        }
        return directory.person(request.requesterId()).filter(Person::active)
                .orElseThrow(() -> Problems.invalid("requesterId", "is not an active person of this help desk"));
    }

    private Long organisation(CreateTicketRequest request, Person requester) {
        if (requester.role().isContact()) {
            if (request.organisationId() != null && !Objects.equals(request.organisationId(), requester.organisationId())) {
                throw Problems.invalid("organisationId", "must be the requester's own organisation");
            }
            return requester.organisationId();
        }
        if (request.organisationId() == null) {
            return null;
        }
        return directory.organisation(request.organisationId())
                .orElseThrow(() -> Problems.invalid("organisationId", "is not an organisation of this help desk"))
                .id();
    }

    private static Viewer viewerOf(Person person) {
        return new Viewer(person.id(), person.role(), person.organisationId());
    }
}
