package dev.annex.host.pluginapi;

import dev.annex.host.access.Viewers;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.PeopleMirror;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.OrganisationChanges;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.PersonQuery;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketSort;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.page.PageRequest;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.CommentInfo;
import dev.annex.plugin.api.helpdesk.HelpDesk;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The help desk port as plugins see it: API records only, bound to the tenant named. */
final class PluginHelpDesk implements HelpDesk {

    private static final int MAX_MEMBERS = 1000;
    private static final int MAX_FOUND = 50;

    private final TenantBinding binding;
    private final Directory directory;
    private final TicketStore tickets;
    private final Viewers viewers;
    private final PeopleMirror mirror;

    PluginHelpDesk(TenantBinding binding, Directory directory, TicketStore tickets, Viewers viewers, PeopleMirror mirror) {
        this.mirror = mirror;
        this.binding = binding;
        this.directory = directory;
        this.tickets = tickets;
        this.viewers = viewers;
    }

    @Override
    public Optional<TicketInfo> ticket(Tenant tenant, long ticketId) {
        bind(tenant);
        return tickets.find(ticketId, Viewer.unrestricted()).map(PluginHelpDesk::info);
    }

    @Override
    public Optional<PersonInfo> person(Tenant tenant, long personId) {
        bind(tenant);
        return directory.person(personId).map(PluginHelpDesk::info);
    }

    @Override
    public Map<Long, PersonInfo> people(Tenant tenant, java.util.Collection<Long> personIds) {
        bind(tenant);
        Map<Long, PersonInfo> people = new java.util.LinkedHashMap<>();
        if (!personIds.isEmpty()) {
            directory.people(personIds).forEach(p -> people.put(p.id(), info(p)));
        }
        return people;
    }

    @Override
    public Optional<OrganisationInfo> organisation(Tenant tenant, long organisationId) {
        bind(tenant);
        return directory.organisation(organisationId)
                .map(o -> new OrganisationInfo(o.id(), o.name(), o.accountNumber(), o.active()));
    }

    @Override
    public OrganisationInfo createOrganisation(Tenant tenant, String name, String accountNumber) {
        bind(tenant);
        // The same rules as the admin's organisation form (OrganisationRequest.Create), checked
        // here because plugins call past Bean Validation.
        String trimmedName = organisationName(name);
        String number = accountNumber == null ? "" : accountNumber.strip();
        if (number.isEmpty() || number.length() > 50 || !number.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw PluginProblem.invalid("accountNumber", "must hold 1 to 50 letters, digits, '.', '_' and '-'");
        }
        if (directory.organisationByAccountNumber(number).isPresent()) {
            throw PluginProblem.conflict("accountNumber", "is already used by another organisation");
        }
        Organisation created = directory.createOrganisation(trimmedName, number);
        return new OrganisationInfo(created.id(), created.name(), created.accountNumber(), created.active());
    }

    @Override
    public OrganisationInfo renameOrganisation(Tenant tenant, long organisationId, String name) {
        bind(tenant);
        String trimmedName = organisationName(name);
        Organisation before = directory.organisation(organisationId)
                .orElseThrow(() -> PluginProblem.notFound("No organisation " + organisationId));
        Organisation renamed = directory.updateOrganisation(organisationId, new OrganisationChanges(trimmedName, null, null));
        if (!renamed.name().equals(before.name())) {
            mirror.renamed(renamed);
        }
        return new OrganisationInfo(renamed.id(), renamed.name(), renamed.accountNumber(), renamed.active());
    }

    @Override
    public long openTicketCount(Tenant tenant, long organisationId) {
        bind(tenant);
        return tickets.list(new TicketQuery(TicketStatus.OPEN_ONES, null, organisationId, null, null,
                TicketSort.NEWEST_UPDATE, new PageRequest(0, 1), false, null), Viewer.unrestricted()).total();
    }

    /** The same rule as the admin's organisation form (OrganisationRequest), checked here because plugins call past Bean Validation. */
    private static String organisationName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw PluginProblem.invalid("name", "must hold 1 to 200 characters");
        }
        return trimmed;
    }

    @Override
    public Optional<PersonInfo> personByEmail(Tenant tenant, String email) {
        bind(tenant);
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return directory.personByEmail(email.trim().toLowerCase(java.util.Locale.ROOT)).map(PluginHelpDesk::info);
    }

    @Override
    public Optional<OrganisationInfo> organisationByAccountNumber(Tenant tenant, String accountNumber) {
        bind(tenant);
        if (accountNumber == null || accountNumber.isBlank()) {
            return Optional.empty();
        }
        return directory.organisationByAccountNumber(accountNumber.trim())
                .map(o -> new OrganisationInfo(o.id(), o.name(), o.accountNumber(), o.active()));
    }

    @Override
    public List<PersonInfo> members(Tenant tenant, long organisationId) {
        bind(tenant);
        return directory.people(new PersonQuery(organisationId, null, null, new PageRequest(0, MAX_MEMBERS)))
                .items().stream().filter(Person::active).map(PluginHelpDesk::info).toList();
    }

    @Override
    public boolean canSee(Tenant tenant, long personId, long ticketId) {
        bind(tenant);
        return directory.person(personId).filter(Person::active)
                .flatMap(person -> tickets.find(ticketId, viewers.of(person))).isPresent();
    }

    @Override
    public long addComment(Tenant tenant, long ticketId, long authorId, String body, boolean internal) {
        TicketInfo ticket = ticket(tenant, ticketId).orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
        Person author = directory.person(authorId).filter(Person::active)
                .orElseThrow(() -> PluginProblem.notFound("No active person " + authorId));
        if (body == null || body.isBlank() || body.length() > 10_000) {
            throw PluginProblem.invalid("body", "must hold 1 to 10000 characters");
        }
        return tickets.addComment(ticket.id(), new NewComment(author.id(), body, internal)).id();
    }

    @Override
    public boolean addParticipant(Tenant tenant, long ticketId, long personId) {
        TicketInfo ticket = ticket(tenant, ticketId).orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
        directory.person(personId).filter(Person::active)
                .orElseThrow(() -> PluginProblem.notFound("No active person " + personId));
        return personId != ticket.requesterId() && tickets.addParticipant(ticket.id(), personId, null);
    }

    @Override
    public List<Long> participants(Tenant tenant, long ticketId) {
        bind(tenant);
        return tickets.participants(ticketId);
    }

    @Override
    public boolean removeParticipant(Tenant tenant, long ticketId, long personId) {
        TicketInfo ticket = ticket(tenant, ticketId).orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
        return tickets.removeParticipant(ticket.id(), personId, null);
    }

    @Override
    public Optional<CommentInfo> comment(Tenant tenant, long ticketId, long commentId) {
        if (ticket(tenant, ticketId).isEmpty()) {
            return Optional.empty();
        }
        return tickets.comments(ticketId, true).stream().filter(c -> c.id() == commentId).findFirst()
                .map(c -> new CommentInfo(c.id(), c.ticketId(), c.authorId(), c.body(), c.internal(), c.createdAt()));
    }

    @Override
    public List<PersonInfo> agents(Tenant tenant) {
        bind(tenant);
        return java.util.stream.Stream.of(Role.TENANT_ADMIN, Role.AGENT)
                .flatMap(role -> directory.people(new PersonQuery(null, role, null, new PageRequest(0, MAX_MEMBERS)))
                        .items().stream())
                .filter(Person::active)
                .sorted(java.util.Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(PluginHelpDesk::info).toList();
    }

    private void bind(Tenant tenant) {
        binding.bind(tenant.id(), tenant.slug());
    }

    private static TicketInfo info(Ticket t) {
        return new TicketInfo(t.id(), t.number(), t.subject(), t.status().name(), t.priority().name(), t.requesterId(),
                t.organisationId(), t.createdAt(), t.updatedAt());
    }

    private static PersonInfo info(Person p) {
        return new PersonInfo(p.id(), p.email(), p.displayName(), PersonRole.valueOf(p.role().name()),
                p.organisationId(), p.active());
    }


    @Override
    public List<OrganisationInfo> findOrganisations(Tenant tenant, String text, int limit) {
        bind(tenant);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return directory.organisations(text.trim(), new PageRequest(0, Math.max(1, Math.min(limit, MAX_FOUND))))
                .items().stream().filter(Organisation::active)
                .map(o -> new OrganisationInfo(o.id(), o.name(), o.accountNumber(), o.active())).toList();
    }

    @Override
    public List<PersonInfo> findPeople(Tenant tenant, String text, int limit) {
        bind(tenant);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return directory.people(new PersonQuery(null, null, text.trim(), new PageRequest(0, Math.max(1, Math.min(limit, MAX_FOUND)))))
                .items().stream().filter(Person::active).map(PluginHelpDesk::info).toList();
    }

    @Override
    public List<TicketInfo> visibleTickets(Tenant tenant, long personId, java.util.Collection<Long> ticketIds) {
        bind(tenant);
        List<Long> ids = ticketIds.stream().distinct().limit(MAX_MEMBERS).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return directory.person(personId).filter(Person::active)
                .map(person -> tickets.list(TicketQuery.among(ids, new PageRequest(0, ids.size())), viewers.of(person))
                        .items().stream().map(PluginHelpDesk::info).toList())
                .orElse(List.of());
    }
}
