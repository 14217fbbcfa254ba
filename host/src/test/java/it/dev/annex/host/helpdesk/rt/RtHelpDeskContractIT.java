package it.dev.annex.host.helpdesk.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.HelpDeskContract;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.host.helpdesk.TicketChanges;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.helpdesk.builtin.JpaDirectory;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtTicket;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.store.RtTenant;
import dev.annex.host.helpdesk.rt.store.RtTicketStore;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.testing.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The help-desk port's contract, run against the RT-backed store: every write goes to the real RT 5
 * that {@code .ci/rt} runs, the index is Annex's own tables on embedded Derby (every migration
 * applied). Each tenant gets a queue of its own with the custom lifecycle, whose
 * {@code waiting-for-customer} the tenant maps to PENDING. People and organisations are Annex's
 * directory (the built-in one, as an RT-backed tenant keeps it for now).
 */
class RtHelpDeskContractIT extends HelpDeskContract {

    private static final TestDatabase database = TestDatabase.shared();
    private static final RtClient rt = RealRt.token();

    @Override
    protected TenantUnderTest openTenant(String slug) {
        return tenant(slug, rt);
    }

    private TenantUnderTest tenant(String slug, RtClient client) {
        TenantRef tenant = database.createTenant(RealRt.unique(slug));
        RtQueue queue = RealRt.queue(rt, "annex-custom");
        RtTenant backing = new RtTenant(client, queue.name(), new TenantRules(Set.of(queue.id()),
                StatusMapping.parse("waiting-for-customer=PENDING"), OrganisationRule.ORGANIZATION_FIELD));
        List<TicketChanged> reported = new ArrayList<>();
        Clock clock = Clock.systemUTC();
        Directory directory = new JpaDirectory(database.entityManager(), clock);
        TicketStore tickets = new RtTicketStore(database.entityManager(), database.tenantContext(), reported::add,
                clock, directory, () -> backing);
        return onTestDatabase(database, tenant, tickets, directory, reported);
    }

    private static Viewer agentViewer(Person agent) {
        return new Viewer(agent.id(), agent.role(), null, List.of(), java.time.Instant.now());
    }

    @Test
    void whatAnnexWritesIsInRtInRtsTerms() {
        TenantUnderTest desk = openTenant("rt-writes");
        Person carol = desk.inTransaction(() -> {
            desk.tickets().tenantCreated();
            return desk.directory().createPerson(new NewPerson("carol@acme.example", "Carol", Role.CONTACT, null));
        });
        Ticket ticket = desk.inTransaction(() -> desk.tickets().create(new NewTicket("Printer on fire", "Smoke.",
                TicketPriority.HIGH, carol.id(), null), carol.id()));
        desk.inTransaction(() -> desk.tickets().update(ticket.id(), ticket.version(),
                new TicketChanges(null, null, TicketStatus.PENDING, null), null, null));
        RtTicket inRt = rt.search("Subject = 'Printer on fire' AND Requestor = 'carol@acme.example'"
                + " AND Status = 'waiting-for-customer'", 1, 10).items().stream()
                .filter(t -> t.priority() == 100).findFirst()
                .orElseThrow(() -> new AssertionError("RT has no such ticket"));
        assertEquals("carol@acme.example", inRt.requestors().get(0).email());
    }

    @Test
    void writesWhileRtCannotBeReachedAreRefusedAsUnavailableAndChangeNothing() {
        // A real client to a port nothing listens on: RT down, as the store meets it.
        RtClient down = new RtClient(new RtEndpoint(URI.create("http://127.0.0.1:9"),
                new RtCredentials.Basic(RealRt.USER, RealRt.PASSWORD), Duration.ofSeconds(5)));
        TenantUnderTest desk = tenant("rt-down", down);
        Person sam = desk.inTransaction(() -> {
            desk.tickets().tenantCreated();
            return desk.directory().createPerson(new NewPerson("sam@desk.example", "Sam", Role.AGENT, null));
        });
        Refusal refusal = assertThrows(Refusal.class, () -> desk.inTransaction(() -> desk.tickets().create(
                new NewTicket("Lost", "", TicketPriority.LOW, sam.id(), null), sam.id())));
        assertEquals(Refusal.Reason.UNAVAILABLE, refusal.reason());
        assertTrue(refusal.retryAfter().toSeconds() >= 1);
        assertEquals(0, desk.inTransaction(() -> desk.tickets().list(dev.annex.host.helpdesk.TicketQuery.among(
                List.of(), new dev.annex.host.page.PageRequest(0, 10)), agentViewer(sam))).total());
        assertTrue(desk.reported().isEmpty(), "nothing reported for a write RT never made");
    }
}
