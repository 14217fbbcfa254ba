package dev.annex.host.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.page.PageRequest;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.testing.TestDatabase;
import dev.annex.plugin.api.event.TicketEventKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the help-desk port must do, as tests: the built-in help desk runs
 * them ({@code BuiltInHelpDeskContractTest}), and so must a connector to another help desk — extend
 * this class and say, in {@link #openTenant}, how to reach a fresh tenant of it. The tests use the
 * port only, and the changes each write reports to the {@link ChangeFeed}.
 */
public abstract class HelpDeskContract {

    /** One tenant of the help desk under test. */
    protected interface TenantUnderTest {

        TicketStore tickets();

        Directory directory();

        /** Runs the work as one unit of work of this tenant (a transaction, where the help desk has them). */
        <T> T inTransaction(Supplier<T> work);

        /** Every change the help desk reported for this tenant so far, in order. */
        List<TicketChanged> reported();
    }

    /** A fresh, empty tenant; {@code slug} is unique per call. */
    protected abstract TenantUnderTest openTenant(String slug);

    /**
     * A tenant of a help desk whose index is in the test database: work runs in a transaction of
     * the database for that tenant, and {@code reported} is where the help desk's change feed writes.
     */
    protected static TenantUnderTest onTestDatabase(TestDatabase database, TenantRef tenant, TicketStore tickets,
                                                    Directory directory, List<TicketChanged> reported) {
        return new TenantUnderTest() {
            @Override
            public TicketStore tickets() {
                return tickets;
            }

            @Override
            public Directory directory() {
                return directory;
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                database.actFor(tenant);
                return database.inTransaction(work);
            }

            @Override
            public List<TicketChanged> reported() {
                return List.copyOf(reported);
            }
        };
    }

    private static int tenants;
    private TenantUnderTest desk;
    private Organisation acme;
    private Person agent;
    private Person carol;
    private Person dave;

    @BeforeEach
    void aTenantWithAnAgentAndTwoContacts() {
        desk = openTenant("contract-" + ++tenants);
        desk.inTransaction(() -> {
            desk.tickets().tenantCreated();
            acme = desk.directory().createOrganisation("Acme", "ACME-1");
            agent = desk.directory().createPerson(new NewPerson("Sam@Desk.example", "Sam", Role.AGENT, null));
            carol = desk.directory().createPerson(new NewPerson("carol@acme.example", "Carol", Role.CONTACT, acme.id()));
            dave = desk.directory().createPerson(new NewPerson("dave@acme.example", "Dave", Role.ORGANISATION_ADMIN,
                    acme.id()));
            return null;
        });
    }

    private Ticket open(Person requester, String subject) {
        return desk.inTransaction(() -> desk.tickets().create(new NewTicket(subject, "It does not work.",
                TicketPriority.NORMAL, requester.id(), requester.organisationId()), requester.id()));
    }

    private static Viewer viewer(Person person) {
        return new Viewer(person.id(), person.role(), person.organisationId(), List.of(), java.time.Instant.now());
    }

    private List<TicketChanged> reportedFor(long ticketId) {
        return desk.reported().stream().filter(c -> c.ticketId() == ticketId).toList();
    }

    @Test
    void aNewTicketIsOpenNumberedFromOneAndReportedAsCreated() {
        Ticket first = open(carol, "VPN drops");
        Ticket second = open(carol, "Printer");
        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals(TicketStatus.OPEN, first.status());
        assertEquals(List.of(new TicketChanged(TicketEventKind.CREATED, first.id(), carol.id(), Map.of("number", "1"))),
                reportedFor(first.id()));
    }

    @Test
    void aTicketIsFoundWithWhatItWasCreatedWith() {
        Ticket created = open(carol, "VPN drops");
        Ticket found = desk.inTransaction(() -> desk.tickets().find(created.id(), viewer(agent))).orElseThrow();
        assertEquals("VPN drops", found.subject());
        assertEquals("It does not work.", found.description());
        assertEquals(carol.id(), found.requesterId());
        assertEquals("Carol", found.requesterName());
        assertEquals(acme.id(), found.organisationId());
        assertEquals("Acme", found.organisationName());
    }

    @Test
    void contactsSeeTheirOwnTicketsOrganisationAdminsTheirOrganisationsAgentsAll() {
        Ticket carols = open(carol, "Carol's");
        Ticket agents = open(agent, "Internal");
        Set<Long> seenByCarol = listed(carol);
        Set<Long> seenByDave = listed(dave);
        Set<Long> seenBySam = listed(agent);
        assertEquals(Set.of(carols.id()), seenByCarol);
        assertEquals(Set.of(carols.id()), seenByDave);
        assertEquals(Set.of(carols.id(), agents.id()), seenBySam);
        assertTrue(desk.inTransaction(() -> desk.tickets().find(agents.id(), viewer(carol))).isEmpty());
    }

    private Set<Long> listed(Person person) {
        return desk.inTransaction(() -> desk.tickets().list(new TicketQuery(null, null, null, null,
                        TicketSort.NEWEST_UPDATE, new PageRequest(0, 25)), viewer(person)))
                .items().stream().map(Ticket::id).collect(Collectors.toSet());
    }

    @Test
    void aListKeepsTheTicketsInAnyOfSeveralStatusesAndThoseUpdatedSinceAnInstant() {
        Ticket open = open(carol, "Still open");
        Ticket pending = open(carol, "Waiting");
        Ticket solved = open(carol, "Done");
        for (var change : Map.of(pending, TicketStatus.PENDING, solved, TicketStatus.SOLVED).entrySet()) {
            desk.inTransaction(() -> desk.tickets().update(change.getKey().id(), change.getKey().version(),
                    new TicketChanges(null, null, change.getValue(), null), null, agent.id()));
        }
        assertEquals(Set.of(open.id(), pending.id()), listed(Set.of(TicketStatus.OPEN, TicketStatus.PENDING), null));
        assertEquals(Set.of(open.id(), pending.id(), solved.id()), listed(Set.of(), null));

        java.time.Instant solvedAt = desk.inTransaction(() -> desk.tickets().find(solved.id(), viewer(agent)))
                .orElseThrow().updatedAt();
        assertTrue(listed(Set.of(), solvedAt).contains(solved.id()), "the bound is inclusive");
        assertEquals(Set.of(), listed(Set.of(), solvedAt.plusSeconds(3600)));
        assertEquals(Set.of(), listed(Set.of(TicketStatus.OPEN), solvedAt.plusSeconds(3600)));
    }

    private Set<Long> listed(Set<TicketStatus> statuses, java.time.Instant updatedSince) {
        return desk.inTransaction(() -> desk.tickets().list(new TicketQuery(statuses, updatedSince, null, null, null,
                        TicketSort.NEWEST_UPDATE, new PageRequest(0, 25), false, null), viewer(agent)))
                .items().stream().map(Ticket::id).collect(Collectors.toSet());
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        Ticket ticket = open(carol, "VPN drops");
        desk.inTransaction(() -> desk.tickets().update(ticket.id(), ticket.version(),
                new TicketChanges("VPN drops hourly", null, null, null), null, agent.id()));
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> desk.inTransaction(() ->
                desk.tickets().update(ticket.id(), ticket.version(), new TicketChanges("Mine", null, null, null), null,
                        carol.id())));
        Ticket now = desk.inTransaction(() -> desk.tickets().find(ticket.id(), viewer(agent))).orElseThrow();
        assertEquals("VPN drops hourly", now.subject());
        assertEquals(now.version(), stale.currentVersion());
    }

    @Test
    void aStatusChangeAndAnEditAreReportedApartAndTheExplanationIsNamedByTheEdit() {
        Ticket ticket = open(carol, "VPN drops");
        Ticket updated = desk.inTransaction(() -> desk.tickets().update(ticket.id(), ticket.version(),
                new TicketChanges(null, null, TicketStatus.PENDING, TicketPriority.HIGH), "Waiting for the log", agent.id()));
        assertEquals(TicketStatus.PENDING, updated.status());
        assertEquals(TicketPriority.HIGH, updated.priority());
        List<TicketChanged> changes = reportedFor(ticket.id());
        assertEquals(4, changes.size(), changes.toString());
        Comment explanation = desk.inTransaction(() -> desk.tickets().comments(ticket.id(), false)).get(0);
        assertEquals("Waiting for the log", explanation.body());
        String commentId = Long.toString(explanation.id());
        assertEquals(new TicketChanged(TicketEventKind.STATUS_CHANGED, ticket.id(), agent.id(),
                Map.of("status", "PENDING", "previousStatus", "OPEN")), changes.get(1));
        assertEquals(new TicketChanged(TicketEventKind.UPDATED, ticket.id(), agent.id(),
                Map.of("priority", "HIGH", "commentId", commentId)), changes.get(2));
        assertEquals(new TicketChanged(TicketEventKind.COMMENTED, ticket.id(), agent.id(),
                Map.of("commentId", commentId, "internal", "false", "withChange", "UPDATED")), changes.get(3));
    }

    @Test
    void anExplanationWithoutAnActualChangeIsAPlainComment() {
        Ticket ticket = open(carol, "VPN drops");
        desk.inTransaction(() -> desk.tickets().update(ticket.id(), ticket.version(),
                new TicketChanges(null, null, TicketStatus.OPEN, null), "Still looking", agent.id()));
        List<TicketChanged> changes = reportedFor(ticket.id());
        assertEquals(List.of(TicketEventKind.CREATED, TicketEventKind.COMMENTED),
                changes.stream().map(TicketChanged::kind).toList());
        assertFalse(changes.get(1).details().containsKey("withChange"));
    }

    @Test
    void internalCommentsAreKeptFromThoseWhoMayNotSeeThemAndReportedAsInternal() {
        Ticket ticket = open(carol, "VPN drops");
        Comment note = desk.inTransaction(() -> desk.tickets().addComment(ticket.id(),
                new NewComment(agent.id(), "Rekey bug again", true)));
        desk.inTransaction(() -> desk.tickets().addComment(ticket.id(), new NewComment(carol.id(), "Any news?", false)));
        assertEquals(List.of("Any news?"),
                desk.inTransaction(() -> desk.tickets().comments(ticket.id(), false)).stream().map(Comment::body).toList());
        assertEquals(List.of("Rekey bug again", "Any news?"),
                desk.inTransaction(() -> desk.tickets().comments(ticket.id(), true)).stream().map(Comment::body).toList());
        assertEquals(new TicketChanged(TicketEventKind.COMMENTED, ticket.id(), agent.id(),
                Map.of("commentId", Long.toString(note.id()), "internal", "true")), reportedFor(ticket.id()).get(1));
    }

    @Test
    void aParticipantIsAddedOnceSeesTheTicketAndIsRemovedEachChangeReported() {
        Person erin = desk.inTransaction(() -> desk.directory().createPerson(
                new NewPerson("erin@acme.example", "Erin", Role.CONTACT, acme.id())));
        Ticket ticket = open(carol, "VPN drops");
        assertTrue(desk.inTransaction(() -> desk.tickets().addParticipant(ticket.id(), erin.id(), carol.id())));
        assertFalse(desk.inTransaction(() -> desk.tickets().addParticipant(ticket.id(), erin.id(), carol.id())));
        assertEquals(List.of(erin.id()), desk.inTransaction(() -> desk.tickets().participants(ticket.id())));
        assertTrue(desk.inTransaction(() -> desk.tickets().find(ticket.id(), viewer(erin))).isPresent());
        assertTrue(desk.inTransaction(() -> desk.tickets().removeParticipant(ticket.id(), erin.id(), null)));
        assertFalse(desk.inTransaction(() -> desk.tickets().removeParticipant(ticket.id(), erin.id(), null)));
        assertTrue(desk.inTransaction(() -> desk.tickets().find(ticket.id(), viewer(erin))).isEmpty());
        assertEquals(List.of(
                new TicketChanged(TicketEventKind.PARTICIPANTS_CHANGED, ticket.id(), carol.id(),
                        Map.of("added", Long.toString(erin.id()))),
                new TicketChanged(TicketEventKind.PARTICIPANTS_CHANGED, ticket.id(), null,
                        Map.of("removed", Long.toString(erin.id())))),
                reportedFor(ticket.id()).subList(1, 3));
    }

    @Test
    void peopleAreFoundByEmailWhateverItsCaseAndManyAtOnceByIdUnknownIdsLeftOut() {
        assertEquals(agent.id(), desk.inTransaction(() -> desk.directory().personByEmail("sam@desk.example"))
                .orElseThrow().id());
        assertEquals("sam@desk.example", agent.email());
        Set<Long> found = desk.inTransaction(() -> desk.directory().people(List.of(carol.id(), dave.id(), 999_999L)))
                .stream().map(Person::id).collect(Collectors.toSet());
        assertEquals(Set.of(carol.id(), dave.id()), found);
        assertEquals(acme.id(), desk.inTransaction(() -> desk.directory().organisationByAccountNumber("ACME-1"))
                .orElseThrow().id());
    }

    @Test
    void anotherTenantSeesNoneOfThisTenantsTicketsOrPeople() {
        Ticket ticket = open(carol, "VPN drops");
        TenantUnderTest other = openTenant("contract-other-" + ++tenants);
        Person otherAgent = other.inTransaction(() -> {
            other.tickets().tenantCreated();
            return other.directory().createPerson(new NewPerson("sam@desk.example", "Sam", Role.AGENT, null));
        });
        assertTrue(other.inTransaction(() -> other.tickets().find(ticket.id(), viewer(otherAgent))).isEmpty());
        assertTrue(other.inTransaction(() -> other.directory().person(carol.id())).isEmpty());
        Ticket own = other.inTransaction(() -> other.tickets().create(new NewTicket("Theirs", "", TicketPriority.LOW,
                otherAgent.id(), null), otherAgent.id()));
        assertEquals(1, own.number(), "each tenant numbers its tickets from 1");
    }
}
