package dev.annex.host.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.access.GrantLevels;
import dev.annex.host.access.GrantStore;
import dev.annex.host.access.Viewers;
import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.StaleVersionException;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.builtin.JpaDirectory;
import dev.annex.host.helpdesk.builtin.JpaTicketStore;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.testing.TestDatabase;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ticket use cases' authorisation, on the built-in help desk and the real access rules
 * (embedded Derby): who may see, change, comment on and open which ticket. A plugin "partners" is
 * the only grant source; Nora of Northwind is the partner, Carol and Erin contacts of Acme.
 */
class TicketServiceTest {

    private static final TestDatabase database = TestDatabase.shared();
    private final Clock clock = Clock.systemUTC();
    private TicketStore tickets;
    private Directory directory;
    private TicketService service;
    private GrantStore grants;
    private Person agent;
    private Person carol;
    private Person erin;
    private Person nora;
    private Organisation acme;

    @BeforeEach
    void aHelpDeskWithACustomerAndAPartner() {
        database.createTenant("tickets-" + System.nanoTime());
        tickets = new JpaTicketStore(database.entityManager(), database.tenantContext(), change -> { }, clock);
        directory = new JpaDirectory(database.entityManager(), clock);
        Viewers viewers = new Viewers(() -> List.of("partners"), clock);
        GrantLevels levels = new GrantLevels(database.entityManager());
        service = new TicketService(tickets, directory, viewers, levels);
        grants = new GrantStore(database.entityManager(), directory, tickets, viewers, levels, clock);
        tx(() -> {
            tickets.tenantCreated();
            acme = directory.createOrganisation("Acme", "ACME");
            Organisation northwind = directory.createOrganisation("Northwind", "NW");
            agent = directory.createPerson(new NewPerson("sam@desk.example", "Sam", Role.AGENT, null));
            carol = directory.createPerson(new NewPerson("carol@acme.example", "Carol", Role.CONTACT, acme.id()));
            erin = directory.createPerson(new NewPerson("erin@acme.example", "Erin", Role.CONTACT, acme.id()));
            nora = directory.createPerson(new NewPerson("nora@nw.example", "Nora", Role.CONTACT,
                    northwind.id()));
            return null;
        });
    }

    private <T> T tx(Supplier<T> work) {
        return database.inTransaction(work);
    }

    private Ticket carolsTicket() {
        return tx(() -> service.create(new CreateTicketRequest("VPN drops", "hourly", null, null, null), carol));
    }

    private void grantNora(AccessLevel level) {
        tx(() -> grants.grant("partners", new GrantRequest(Subject.person(nora.id()),
                Target.organisationTickets(acme.id()), level, null)));
    }

    private static Refusal.Reason refused(Runnable work) {
        return assertThrows(Refusal.class, work::run).reason();
    }

    @Test
    void aContactsTicketIsTheirsAndTheirOrganisationsAndNobodyElsesToSee() {
        Ticket ticket = carolsTicket();
        assertEquals(acme.id(), ticket.organisationId());
        assertEquals(ticket.id(), tx(() -> service.get(ticket.id(), agent)).id());
        assertEquals(Refusal.Reason.NOT_FOUND, refused(() -> tx(() -> service.get(ticket.id(), erin))));
        assertEquals(Refusal.Reason.NOT_FOUND, refused(() -> tx(() -> service.get(ticket.id(), nora))));
    }

    @Test
    void contactsMayCloseOrReopenButNotMoveATicketThroughTheAgentsWorkflowNorSetItsPriority() {
        Ticket ticket = carolsTicket();
        Ticket closed = tx(() -> service.update(ticket.id(), ticket.version(),
                new UpdateTicketRequest(null, null, "closed", null, null), carol));
        assertEquals(TicketStatus.CLOSED, closed.status());
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.update(ticket.id(), closed.version(),
                new UpdateTicketRequest(null, null, "PENDING", null, null), carol))));
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.update(ticket.id(), closed.version(),
                new UpdateTicketRequest(null, null, null, "URGENT", null), carol))));
        assertEquals(TicketStatus.PENDING, tx(() -> service.update(ticket.id(), closed.version(),
                new UpdateTicketRequest(null, null, "PENDING", "URGENT", null), agent)).status());
    }

    @Test
    void anUpdateThatNamesNoFieldOrAnUnknownStatusIsInvalid() {
        Ticket ticket = carolsTicket();
        Refusal none = assertThrows(Refusal.class, () -> tx(() -> service.update(ticket.id(), ticket.version(),
                new UpdateTicketRequest(null, null, null, null, null), agent)));
        assertEquals("body", none.errors().get(0).field());
        Refusal unknown = assertThrows(Refusal.class, () -> tx(() -> service.update(ticket.id(), ticket.version(),
                new UpdateTicketRequest(null, null, "DONE", null, null), agent)));
        assertEquals("status", unknown.errors().get(0).field());
    }

    @Test
    void anUpdateFromAnOldVersionIsStale() {
        Ticket ticket = carolsTicket();
        tx(() -> service.update(ticket.id(), ticket.version(), new UpdateTicketRequest("New", null, null, null, null),
                agent));
        assertThrows(StaleVersionException.class, () -> tx(() -> service.update(ticket.id(), ticket.version(),
                new UpdateTicketRequest("Mine", null, null, null, null), agent)));
    }

    @Test
    void onlyAgentsWriteAndReadInternalComments() {
        Ticket ticket = carolsTicket();
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.addComment(ticket.id(),
                new CommentRequest("psst", true), carol))));
        tx(() -> service.addComment(ticket.id(), new CommentRequest("Rekey bug", true), agent));
        tx(() -> service.addComment(ticket.id(), new CommentRequest("On it", false), agent));
        assertEquals(List.of("On it"), tx(() -> service.comments(ticket.id(), carol)).stream().map(Comment::body).toList());
        assertEquals(2, tx(() -> service.comments(ticket.id(), agent)).size());
    }

    @Test
    void aPartnersGrantLetsThemDoWhatItsLevelIncludesAndNoMore() {
        Ticket ticket = carolsTicket();
        grantNora(AccessLevel.READ);
        assertEquals(ticket.id(), tx(() -> service.get(ticket.id(), nora)).id());
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.addComment(ticket.id(),
                new CommentRequest("Hello", false), nora))));
        grantNora(AccessLevel.COMMENT);
        tx(() -> service.addComment(ticket.id(), new CommentRequest("Hello", false), nora));
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.update(ticket.id(), ticket.version(),
                new UpdateTicketRequest("Partner's subject", null, null, null, null), nora))));
        grantNora(AccessLevel.UPDATE);
        long current = tx(() -> service.get(ticket.id(), agent)).version();
        assertEquals("Partner's subject", tx(() -> service.update(ticket.id(), current,
                new UpdateTicketRequest("Partner's subject", null, null, null, null), nora)).subject());
    }

    @Test
    void aParticipantTakesPartInTheConversationButDoesNotManageTheTicket() {
        Ticket ticket = carolsTicket();
        tx(() -> service.addParticipant(ticket.id(), erin.id(), carol));
        tx(() -> service.addComment(ticket.id(), new CommentRequest("Same here", false), erin));
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.update(ticket.id(), ticket.version(),
                new UpdateTicketRequest("Erin's", null, null, null, null), erin))));
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.addParticipant(ticket.id(), nora.id(), erin))));
        tx(() -> {
            service.removeParticipant(ticket.id(), erin.id(), erin);
            return null;
        });
        assertEquals(Refusal.Reason.NOT_FOUND, refused(() -> tx(() -> service.get(ticket.id(), erin))));
    }

    @Test
    void theRequesterCannotAlsoBeAParticipant() {
        Ticket ticket = carolsTicket();
        Refusal refusal = assertThrows(Refusal.class, () -> tx(() -> service.addParticipant(ticket.id(), carol.id(), agent)));
        assertEquals(Refusal.Reason.CONFLICT, refusal.reason());
    }

    @Test
    void aPartnerOpensTicketsOnACustomersBehalfOnlyWithTheRightToDoSo() {
        CreateTicketRequest forCarol = new CreateTicketRequest("Printer", "", null, carol.id(), null);
        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> tx(() -> service.create(forCarol, nora))));
        grantNora(AccessLevel.CREATE_ON_BEHALF);
        Ticket opened = tx(() -> service.create(forCarol, nora));
        assertEquals(carol.id(), opened.requesterId());
        assertEquals(acme.id(), opened.organisationId());
        assertTrue(tx(() -> service.get(opened.id(), carol)) != null);
    }
}
