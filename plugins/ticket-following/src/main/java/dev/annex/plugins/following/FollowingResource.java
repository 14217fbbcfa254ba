package dev.annex.plugins.following;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import dev.annex.plugin.api.rest.AllowedRoles;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugins.following.FollowingViews.Activity;
import dev.annex.plugins.following.FollowingViews.FollowedTicket;
import dev.annex.plugins.following.FollowingViews.FollowerView;
import dev.annex.plugins.following.FollowingViews.Mention;
import dev.annex.plugins.following.FollowingViews.OrganisationChoice;
import dev.annex.plugins.following.FollowingViews.OrganisationView;
import dev.annex.plugins.following.FollowingViews.Person;
import dev.annex.plugins.following.FollowingViews.ReleaseInput;
import dev.annex.plugins.following.FollowingViews.ShareInput;
import dev.annex.plugins.following.FollowingViews.TicketFollowing;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plugin's endpoints, under {@code /api/t/{tenant}/plugins/ticket-following/}. Every ticket
 * endpoint first checks that the caller can see the ticket (404 otherwise).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowingResource {

    private static final int MAX_VERSION = 50;
    private static final int MAX_NOTE = 2000;

    private final PluginContext plugin;
    private final Tenant tenant;
    private final Caller caller;
    private final FollowerStore followers;

    FollowingResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.tenant = context.tenant();
        this.caller = context.caller();
        this.followers = new FollowerStore(plugin, tenant);
    }

    /**
     * The ticket, if the caller can see it. Reads never write the creator's row: the event listener
     * does (it runs one event at a time), so two requests cannot race to insert it; until then the
     * requester is shown as the creator all the same.
     */
    private TicketInfo ticket(long id) {
        return Tickets.visible(plugin, tenant, caller, id);
    }

    @GET
    @Path("tickets/{id}/followers")
    public TicketFollowing followers(@PathParam("id") long id) {
        return view(ticket(id));
    }

    @PUT
    @Path("tickets/{id}/follow")
    public TicketFollowing follow(@PathParam("id") long id) {
        TicketInfo ticket = Tickets.followable(plugin, tenant, caller, id);
        boolean sees = caller.isAgent() || plugin.helpDesk().canSee(tenant, caller.personId(), ticket.id());
        Follower follower = followers.follow(ticket.id(), caller.personId(), Follower.Via.FOLLOWED);
        if (!sees) {
            // A teammate's ticket: following it takes part in it, as sharing it with them would.
            follower.addedParticipant(plugin.helpDesk().addParticipant(tenant, ticket.id(), caller.personId()));
        }
        return view(ticket);
    }

    @DELETE
    @Path("tickets/{id}/follow")
    public TicketFollowing unfollow(@PathParam("id") long id) {
        TicketInfo ticket = ticket(id);
        if (ticket.requesterId() == caller.personId()) {
            throw PluginProblem.conflict("personId", "You created this ticket and always follow it;"
                    + " turn its notifications off instead.");
        }
        Follower follower = followers.find(ticket.id(), caller.personId())
                .orElseThrow(() -> PluginProblem.notFound("You do not follow ticket " + id));
        followers.remove(follower);
        return view(ticket);
    }

    public record NotifyInput(Boolean notifications) {
    }

    /** Turns the caller's own mail for this ticket on or off. */
    @PUT
    @Path("tickets/{id}/notifications")
    public TicketFollowing notifications(@PathParam("id") long id, NotifyInput input) {
        if (input == null || input.notifications() == null) {
            throw PluginProblem.invalid("notifications", "is required (true or false)");
        }
        TicketInfo ticket = ticket(id);
        if (ticket.requesterId() == caller.personId()) {
            followers.ensureCreator(ticket);
        }
        Follower follower = followers.find(ticket.id(), caller.personId())
                .orElseThrow(() -> PluginProblem.conflict("notifications", "Follow the ticket first."));
        follower.notifications(input.notifications());
        return view(ticket);
    }

    @DELETE
    @Path("tickets/{id}/followers/{personId}")
    public TicketFollowing removeFollower(@PathParam("id") long id, @PathParam("personId") long personId) {
        TicketInfo ticket = ticket(id);
        if (ticket.requesterId() == personId) {
            throw PluginProblem.conflict("personId", "is the ticket's creator, who always follows it and cannot be removed");
        }
        Follower follower = followers.find(ticket.id(), personId)
                .orElseThrow(() -> PluginProblem.notFound("Person " + personId + " does not follow ticket " + id));
        if (follower.creator()) {
            throw PluginProblem.conflict("personId", "is the ticket's creator, who always follows it and cannot be removed");
        }
        if (follower.addedParticipant()) {
            plugin.helpDesk().removeParticipant(tenant, ticket.id(), personId);
        }
        followers.remove(follower);
        plugin.audit().record(tenant, caller.personId(), "following.removed",
                "person " + personId + " no longer follows ticket #" + ticket.number());
        return view(ticket);
    }

    @POST
    @Path("tickets/{id}/shares")
    public TicketFollowing share(@PathParam("id") long id, ShareInput input) {
        if (input == null || (input.personId() == null) == (input.organisationId() == null)) {
            throw PluginProblem.invalid("personId", "name either personId or organisationId");
        }
        TicketInfo ticket = ticket(id);
        Sharing sharing = new Sharing(plugin, tenant, caller);
        if (input.personId() != null) {
            sharing.withPerson(ticket, input.personId());
        } else {
            sharing.withOrganisation(ticket, input.organisationId());
        }
        return view(ticket);
    }

    @DELETE
    @Path("tickets/{id}/organisations/{organisationId}")
    public TicketFollowing removeOrganisation(@PathParam("id") long id, @PathParam("organisationId") long organisationId) {
        TicketInfo ticket = ticket(id);
        new Sharing(plugin, tenant, caller).removeOrganisation(ticket, organisationId);
        // The caller may have just removed their own way in: answer only what they may still see.
        if (!caller.isAgent() && !plugin.helpDesk().canSee(tenant, caller.personId(), ticket.id())) {
            return new TicketFollowing(ticket.id(), false, false, false, false, List.of(), List.of());
        }
        return view(ticket);
    }

    /**
     * The "Tickets I follow" page: tickets the caller follows and can still see, newest update
     * first — three statements whatever the number of tickets (followers, the caller, the tickets).
     */
    @GET
    @Path("followed")
    public List<FollowedTicket> followed() {
        Map<Long, Follower> byTicket = new LinkedHashMap<>();
        for (Follower follower : followers.ofPerson(caller.personId())) {
            byTicket.put(follower.ticketId(), follower);
        }
        return plugin.helpDesk().visibleTickets(tenant, caller.personId(), byTicket.keySet()).stream()
                .map(t -> new FollowedTicket(t.id(), t.number(), t.subject(), t.status(),
                        byTicket.get(t.id()).notifying(), byTicket.get(t.id()).creator()))
                .toList();
    }

    /**
     * Organisations a ticket may be shared with, found by name or account number (for those who
     * may share with organisations at all).
     */
    @GET
    @Path("organisations")
    public List<OrganisationChoice> organisations(@QueryParam("q") String text) {
        if (!new Sharing(plugin, tenant, caller).mayShareWithOrganisations()) {
            throw PluginProblem.forbidden("This help desk does not let contacts share tickets with other organisations.");
        }
        return plugin.helpDesk().findOrganisations(tenant, text, 10).stream()
                .map(o -> new OrganisationChoice(o.id(), o.name(), o.accountNumber())).toList();
    }

    /** Whom the caller may @mention (and share with): their organisation's members, or for agents the agents. */
    @GET
    @Path("mentionable")
    public List<Person> mentionable() {
        PersonInfo me = plugin.helpDesk().person(tenant, caller.personId())
                .orElseThrow(() -> PluginProblem.notFound("No person " + caller.personId()));
        return new Mentions(plugin, tenant).candidates(me).stream().filter(p -> p.id() != me.id())
                .map(p -> new Person(p.id(), p.displayName(), p.email())).toList();
    }

    /** What became of the @mentions in a comment; for its author and agents. */
    @GET
    @Path("tickets/{id}/comments/{commentId}/mentions")
    public List<Mention> mentions(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        TicketInfo ticket = ticket(id);
        List<MentionOutcome> outcomes = plugin.persistence().entityManager(tenant)
                .createQuery("SELECT m FROM MentionOutcome m WHERE m.ticketId = :ticket AND m.commentId = :comment"
                        + " ORDER BY m.id", MentionOutcome.class)
                .setParameter("ticket", ticket.id()).setParameter("comment", commentId).getResultList();
        if (!caller.isAgent() && outcomes.stream().anyMatch(m -> m.authorId() != caller.personId())) {
            throw PluginProblem.notFound("No comment " + commentId + " of yours on ticket " + id);
        }
        return outcomes.stream().map(MentionOutcome::view).toList();
    }

    /** Agents: posts "fixed in release X" as a public comment, which tells the followers. */
    @POST
    @Path("tickets/{id}/release")
    @AllowedRoles({PersonRole.TENANT_ADMIN, PersonRole.AGENT})
    public long release(@PathParam("id") long id, ReleaseInput input) {
        String version = input == null || input.version() == null ? "" : input.version().strip();
        if (version.isEmpty() || version.length() > MAX_VERSION || version.chars().anyMatch(Character::isISOControl)) {
            throw PluginProblem.invalid("version", "must be 1 to " + MAX_VERSION + " characters on one line");
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > MAX_NOTE) {
            throw PluginProblem.invalid("note", "must be at most " + MAX_NOTE + " characters");
        }
        TicketInfo ticket = ticket(id);
        return plugin.helpDesk().addComment(tenant, ticket.id(), caller.personId(),
                "The fix for this ticket has shipped in release " + version + "." + (note.isEmpty() ? "" : "\n\n" + note),
                false);
    }

    /** Agents: how many mails the latest events of a ticket queued, and when (also what the benchmark reads). */
    @GET
    @Path("tickets/{id}/activity")
    @AllowedRoles({PersonRole.TENANT_ADMIN, PersonRole.AGENT})
    public List<Activity> activity(@PathParam("id") long id) {
        TicketInfo ticket = ticket(id);
        return plugin.persistence().entityManager(tenant)
                .createQuery("SELECT h FROM HandledEvent h WHERE h.ticketId = :ticket ORDER BY h.eventId DESC",
                        HandledEvent.class)
                .setParameter("ticket", ticket.id()).setMaxResults(20).getResultStream().map(HandledEvent::view).toList();
    }

    private TicketFollowing view(TicketInfo ticket) {
        List<FollowerView> people = new ArrayList<>();
        List<Follower> rows = followers.ofTicket(ticket.id());
        // All names in one read: one per follower cost 0.3 s a request at 1,000 followers.
        List<Long> ids = new ArrayList<>(rows.stream().map(Follower::personId).toList());
        ids.add(ticket.requesterId());
        Map<Long, PersonInfo> names = plugin.helpDesk().people(tenant, ids);
        boolean creatorRow = rows.stream().anyMatch(f -> f.personId() == ticket.requesterId());
        if (!creatorRow) {
            people.add(new FollowerView(ticket.requesterId(), name(names, ticket.requesterId()), true, true,
                    Follower.Via.CREATOR.name(), false));
        }
        Follower mine = null;
        for (Follower f : rows) {
            if (f.personId() == caller.personId()) {
                mine = f;
            }
            boolean creator = f.personId() == ticket.requesterId();
            people.add(new FollowerView(f.personId(), name(names, f.personId()), creator, f.notifying(),
                    creator ? Follower.Via.CREATOR.name() : f.via().name(), !creator));
        }
        boolean callerIsCreator = ticket.requesterId() == caller.personId();
        Sharing sharing = new Sharing(plugin, tenant, caller);
        List<OrganisationView> organisations = new ArrayList<>();
        if (ticket.organisationId() != null) {
            organisations.add(organisation(ticket.organisationId(), true));
        }
        sharing.shares(ticket.id()).forEach(s -> organisations.add(organisation(s.organisationId(), false)));
        return new TicketFollowing(ticket.id(), mine != null || callerIsCreator,
                mine != null ? mine.notifying() : callerIsCreator, callerIsCreator,
                sharing.mayShareWithOrganisations(), people, organisations);
    }

    private static String name(Map<Long, PersonInfo> people, long personId) {
        PersonInfo person = people.get(personId);
        return person == null ? "(removed)" : person.displayName();
    }

    private OrganisationView organisation(long id, boolean home) {
        String name = plugin.helpDesk().organisation(tenant, id).map(OrganisationInfo::name).orElse("(removed)");
        return new OrganisationView(id, name, home, !home, Objects.equals(caller.organisationId(), id));
    }
}
