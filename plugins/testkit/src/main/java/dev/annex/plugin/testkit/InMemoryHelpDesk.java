package dev.annex.plugin.testkit;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.helpdesk.CommentInfo;
import dev.annex.plugin.api.helpdesk.HelpDesk;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The help desk as plugins see it, in memory, with fixtures: tenants, organisations, people,
 * tickets and comments. Visibility follows the host's own rules (agents see every ticket, a
 * contact what they requested or take part in, an organisation admin their organisation's);
 * every row belongs to a tenant and another tenant's ids find nothing, as on the server.
 */
public final class InMemoryHelpDesk implements HelpDesk {

    private final Clock clock;
    private final Map<Long, Tenant> tenantOf = new LinkedHashMap<>();
    private final Map<Long, OrganisationInfo> organisations = new LinkedHashMap<>();
    private final Map<Long, PersonInfo> people = new LinkedHashMap<>();
    private final Map<Long, TicketInfo> tickets = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> participants = new LinkedHashMap<>();
    private final Map<Long, CommentInfo> comments = new LinkedHashMap<>();
    private final List<String> changes = new ArrayList<>();
    private InMemoryAccessGrants grants;
    private long nextId = 1;
    private long nextTenant = 1;

    InMemoryHelpDesk(Clock clock) {
        this.clock = clock;
    }

    // --- fixtures -------------------------------------------------------------------------------

    /** The plugin's grants, which widen what {@link #canSee} lets people read, as in the host. */
    void grantedBy(InMemoryAccessGrants grants) {
        this.grants = grants;
    }

    public Tenant tenant(String slug) {
        return new Tenant(nextTenant++, slug);
    }

    public OrganisationInfo organisation(Tenant tenant, String name, String accountNumber) {
        OrganisationInfo organisation = new OrganisationInfo(nextId++, name, accountNumber, true);
        organisations.put(organisation.id(), organisation);
        tenantOf.put(organisation.id(), tenant);
        return organisation;
    }

    @Override
    public OrganisationInfo renameOrganisation(Tenant tenant, long organisationId, String name) {
        OrganisationInfo current = organisation(tenant, organisationId)
                .orElseThrow(() -> dev.annex.plugin.api.PluginProblem.notFound("No organisation " + organisationId));
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw dev.annex.plugin.api.PluginProblem.invalid("name", "must hold 1 to 200 characters");
        }
        OrganisationInfo renamed = new OrganisationInfo(current.id(), name.strip(), current.accountNumber(), current.active());
        organisations.put(renamed.id(), renamed);
        return renamed;
    }

    @Override
    public long openTicketCount(Tenant tenant, long organisationId) {
        return ofTenant(tenant, tickets).filter(t -> Long.valueOf(organisationId).equals(t.organisationId())
                && java.util.Set.of("OPEN", "PENDING", "ON_HOLD").contains(t.status())).count();
    }

    public PersonInfo agent(Tenant tenant, String email, String displayName) {
        return person(tenant, email, displayName, PersonRole.AGENT, null);
    }

    public PersonInfo contact(Tenant tenant, String email, String displayName, OrganisationInfo organisation) {
        return person(tenant, email, displayName, PersonRole.CONTACT, organisation.id());
    }

    public PersonInfo organisationAdmin(Tenant tenant, String email, String displayName, OrganisationInfo organisation) {
        return person(tenant, email, displayName, PersonRole.ORGANISATION_ADMIN, organisation.id());
    }

    public PersonInfo person(Tenant tenant, String email, String displayName, PersonRole role, Long organisationId) {
        PersonInfo person = new PersonInfo(nextId++, email, displayName, role, organisationId, true);
        people.put(person.id(), person);
        tenantOf.put(person.id(), tenant);
        return person;
    }

    /** A ticket the requester opened, in the requester's organisation. */
    public TicketInfo ticket(Tenant tenant, String subject, PersonInfo requester) {
        long id = nextId++;
        var now = clock.instant();
        TicketInfo ticket = new TicketInfo(id, id, subject, "OPEN", "NORMAL", requester.id(), requester.organisationId(),
                now, now);
        tickets.put(id, ticket);
        tenantOf.put(id, tenant);
        return ticket;
    }

    /** What plugins changed through this help desk, e.g. {@code "comment on 3 by 2"}, in order. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    // --- HelpDesk ------------------------------------------------------------------------------

    private <T> Optional<T> in(Tenant tenant, Map<Long, T> rows, long id) {
        return Objects.equals(tenantOf.get(id), tenant) ? Optional.ofNullable(rows.get(id)) : Optional.empty();
    }

    @Override
    public Optional<TicketInfo> ticket(Tenant tenant, long ticketId) {
        return in(tenant, tickets, ticketId);
    }

    @Override
    public Optional<PersonInfo> person(Tenant tenant, long personId) {
        return in(tenant, people, personId);
    }

    @Override
    public Optional<OrganisationInfo> organisation(Tenant tenant, long organisationId) {
        return in(tenant, organisations, organisationId);
    }

    @Override
    public Optional<PersonInfo> personByEmail(Tenant tenant, String email) {
        return ofTenant(tenant, people).filter(p -> p.email().equalsIgnoreCase(String.valueOf(email).trim())).findFirst();
    }

    @Override
    public Optional<OrganisationInfo> organisationByAccountNumber(Tenant tenant, String accountNumber) {
        return ofTenant(tenant, organisations).filter(o -> o.accountNumber().equals(accountNumber)).findFirst();
    }

    @Override
    public List<PersonInfo> members(Tenant tenant, long organisationId) {
        return ofTenant(tenant, people).filter(PersonInfo::active)
                .filter(p -> Objects.equals(p.organisationId(), organisationId)).sorted(BY_NAME).toList();
    }

    @Override
    public boolean canSee(Tenant tenant, long personId, long ticketId) {
        Optional<PersonInfo> person = person(tenant, personId).filter(PersonInfo::active);
        Optional<TicketInfo> ticket = ticket(tenant, ticketId);
        if (person.isEmpty() || ticket.isEmpty()) {
            return false;
        }
        PersonInfo p = person.get();
        TicketInfo t = ticket.get();
        return p.role() == PersonRole.AGENT || p.role() == PersonRole.TENANT_ADMIN || t.requesterId() == p.id()
                || participants.getOrDefault(t.id(), Set.of()).contains(p.id())
                || (p.role() == PersonRole.ORGANISATION_ADMIN && p.organisationId() != null
                && p.organisationId().equals(t.organisationId()))
                || grants != null && grants.effectiveLevel(tenant, p.id(), t.id()).includes(AccessLevel.READ);
    }

    @Override
    public long addComment(Tenant tenant, long ticketId, long authorId, String body, boolean internal) {
        TicketInfo ticket = ticket(tenant, ticketId).orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
        person(tenant, authorId).filter(PersonInfo::active)
                .orElseThrow(() -> PluginProblem.notFound("No active person " + authorId));
        if (body == null || body.isBlank() || body.length() > 10_000) {
            throw PluginProblem.invalid("body", "must hold 1 to 10000 characters");
        }
        CommentInfo comment = new CommentInfo(nextId++, ticket.id(), authorId, body, internal, clock.instant());
        comments.put(comment.id(), comment);
        tenantOf.put(comment.id(), tenant);
        changes.add("comment on " + ticketId + " by " + authorId);
        return comment.id();
    }

    @Override
    public boolean addParticipant(Tenant tenant, long ticketId, long personId) {
        TicketInfo ticket = ticket(tenant, ticketId).orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
        person(tenant, personId).filter(PersonInfo::active)
                .orElseThrow(() -> PluginProblem.notFound("No active person " + personId));
        boolean added = personId != ticket.requesterId()
                && participants.computeIfAbsent(ticketId, id -> new LinkedHashSet<>()).add(personId);
        if (added) {
            changes.add("participant " + personId + " added to " + ticketId);
        }
        return added;
    }

    @Override
    public List<Long> participants(Tenant tenant, long ticketId) {
        return ticket(tenant, ticketId).map(t -> List.copyOf(participants.getOrDefault(ticketId, Set.of()))).orElse(List.of());
    }

    @Override
    public boolean removeParticipant(Tenant tenant, long ticketId, long personId) {
        ticket(tenant, ticketId).orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
        return participants.getOrDefault(ticketId, new LinkedHashSet<>()).remove(personId);
    }

    @Override
    public Optional<CommentInfo> comment(Tenant tenant, long ticketId, long commentId) {
        return in(tenant, comments, commentId).filter(c -> c.ticketId() == ticketId);
    }

    @Override
    public List<PersonInfo> agents(Tenant tenant) {
        return ofTenant(tenant, people).filter(PersonInfo::active)
                .filter(p -> p.role() == PersonRole.AGENT || p.role() == PersonRole.TENANT_ADMIN).sorted(BY_NAME).toList();
    }

    @Override
    public List<OrganisationInfo> findOrganisations(Tenant tenant, String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return ofTenant(tenant, organisations).filter(OrganisationInfo::active)
                .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || o.accountNumber().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(OrganisationInfo::name, String.CASE_INSENSITIVE_ORDER))
                .limit(Math.max(1, Math.min(limit, 50))).toList();
    }

    @Override
    public List<PersonInfo> findPeople(Tenant tenant, String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return ofTenant(tenant, people).filter(PersonInfo::active)
                .filter(p -> p.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                        || p.email().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(BY_NAME).limit(Math.max(1, Math.min(limit, 50))).toList();
    }

    @Override
    public List<TicketInfo> visibleTickets(Tenant tenant, long personId, Collection<Long> ticketIds) {
        return ticketIds.stream().distinct().limit(1000).filter(id -> canSee(tenant, personId, id))
                .map(id -> tickets.get(id))
                .sorted(Comparator.comparing(TicketInfo::updatedAt).reversed()).toList();
    }

    private static final Comparator<PersonInfo> BY_NAME = Comparator.comparing(PersonInfo::displayName,
            String.CASE_INSENSITIVE_ORDER);

    private <T> java.util.stream.Stream<T> ofTenant(Tenant tenant, Map<Long, T> rows) {
        return rows.entrySet().stream().filter(e -> Objects.equals(tenantOf.get(e.getKey()), tenant)).map(Map.Entry::getValue);
    }
}
