package it.dev.annex.host.helpdesk.rt;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.helpdesk.builtin.JpaDirectory;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.store.RtFeedPoller;
import dev.annex.host.helpdesk.rt.store.RtTenant;
import dev.annex.host.helpdesk.rt.store.RtTicketStore;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.testing.TestDatabase;
import dev.annex.plugin.api.event.TicketEventKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RT's transaction feed applied to an RT-backed tenant's index, against the real RT 5 and the index
 * on embedded Derby: what an RT agent does in RT reaches Annex once, Annex's own writes do not come
 * back as second events, a ticket moved out of the tenant's queues leaves the index, and only the
 * node holding the feed's lease moves its cursor.
 */
class RtFeedPollerIT {

    private static final TestDatabase database = TestDatabase.shared();
    private static final RtClient annex = RealRt.token();
    private static final RtClient agent = RealRt.agent();
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final List<TicketChanged> reported = new ArrayList<>();
    private TenantRef tenant;
    private RtQueue queue;
    private RtTicketStore store;
    private RtFeedPoller poller;
    private Directory directory;
    private Person carol;
    private Person sam;

    @BeforeEach
    void anRtBackedTenantWhoseFeedThisNodeHolds() {
        tenant = database.createTenant(RealRt.unique("feed"));
        queue = RealRt.queue(annex, null);
        RtTenant backing = new RtTenant(annex, queue.name(), new TenantRules(Set.of(queue.id()), StatusMapping.standard(),
                OrganisationRule.ORGANIZATION_FIELD));
        Clock clock = Clock.systemUTC();
        directory = new JpaDirectory(database.entityManager(), clock);
        store = new RtTicketStore(database.entityManager(), database.tenantContext(), reported::add, clock, directory,
                () -> backing);
        poller = poller("node-a", backing);
        tx(() -> {
            store.tenantCreated();
            carol = directory.createPerson(new NewPerson(RealRt.unique("carol") + "@acme.example", "Carol",
                    Role.CONTACT, null));
            sam = directory.createPerson(new NewPerson("rt-agent@annex.test", "Rita Agent", Role.AGENT, null));
            return null;
        });
        assertTrue(tx(poller::claim));
    }

    private RtFeedPoller poller(String node, RtTenant backing) {
        return new RtFeedPoller(database.entityManager(), database.tenantContext(), reported::add, Clock.systemUTC(),
                directory, () -> backing, node, LEASE);
    }

    private <T> T tx(Supplier<T> work) {
        database.actFor(tenant);
        return database.inTransaction(work);
    }

    private Ticket open(String subject) {
        return tx(() -> store.create(new NewTicket(subject, "Please help.", TicketPriority.NORMAL, carol.id(), null),
                carol.id()));
    }

    private long rtId(String subject) {
        return annex.search("Queue = '" + queue.name() + "' AND Subject = '" + subject + "'", 1, 10).items().get(0).id();
    }

    private List<TicketChanged> reported(TicketEventKind kind, long ticketId) {
        return reported.stream().filter(c -> c.kind() == kind && c.ticketId() == ticketId).toList();
    }

    /** Polls (one batch per call, as the scheduled poller does) until the condition holds. */
    private void pollUntil(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            tx(poller::poll);
            return condition.get();
        });
    }

    /** Polls until the feed has read past every transaction RT has now. */
    private void drain() {
        long last = annex.lastTransactionId();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> tx(poller::poll) == 0
                && annex.lastTransactionId() >= last);
        tx(poller::poll);
    }

    @Test
    void anAgentsReplyInRtReachesAnnexOnceAndAnnexsOwnWritesDoNotEcho() {
        Ticket ticket = open("VPN drops");
        tx(() -> store.addComment(ticket.id(), new NewComment(carol.id(), "Still broken", false)));
        agent.correspond(rtId("VPN drops"), "Rebooted the concentrator; try now.");

        pollUntil(() -> reported.stream().anyMatch(c -> c.kind() == TicketEventKind.COMMENTED && c.origin() != null));
        drain();

        assertEquals(1, reported(TicketEventKind.CREATED, ticket.id()).size(), "Annex's create is not raised again");
        List<TicketChanged> comments = reported(TicketEventKind.COMMENTED, ticket.id());
        assertEquals(2, comments.size(), "Carol's reply once (by Annex), the agent's once (by the feed): " + comments);
        assertEquals(sam.id(), comments.get(1).actorId(), "the RT agent is the Annex person with their email");
        List<String> bodies = tx(() -> store.comments(ticket.id(), false)).stream().map(Comment::body).toList();
        assertEquals(List.of("Still broken", "Rebooted the concentrator; try now."), bodies);
    }

    @Test
    void aStatusSetInRtIsIndexedAndAnnouncedOnce() {
        Ticket ticket = open("Printer");
        agent.update(rtId("Printer"), RtTicketChanges.status("stalled"));
        pollUntil(() -> !reported(TicketEventKind.STATUS_CHANGED, ticket.id()).isEmpty());
        drain();
        assertEquals(1, reported(TicketEventKind.STATUS_CHANGED, ticket.id()).size());
        assertEquals("ON_HOLD", reported(TicketEventKind.STATUS_CHANGED, ticket.id()).get(0).details().get("status"));
        assertEquals(TicketStatus.ON_HOLD, tx(() -> store.find(ticket.id(), Viewer.unrestricted())).orElseThrow()
                .status());
    }

    @Test
    void aTicketMovedOutOfTheTenantsQueuesLeavesTheIndex() {
        Ticket ticket = open("Wrong desk");
        agent.update(rtId("Wrong desk"), RtTicketChanges.queue("General"));
        pollUntil(() -> tx(() -> store.find(ticket.id(), Viewer.unrestricted())).isEmpty());
        Viewer carols = new Viewer(carol.id(), Role.CONTACT, null, List.of(), Instant.now());
        assertTrue(tx(() -> store.list(dev.annex.host.helpdesk.TicketQuery.among(List.of(ticket.id()),
                new dev.annex.host.page.PageRequest(0, 10)), carols)).items().isEmpty());
    }

    @Test
    void onlyTheNodeHoldingTheLeaseMovesTheCursor() {
        RtFeedPoller other = poller("node-b", new RtTenant(annex, queue.name(), new TenantRules(Set.of(queue.id()),
                StatusMapping.standard(), OrganisationRule.ORGANIZATION_FIELD)));
        assertFalse(tx(other::claim), "node-a holds the lease");
        assertThrows(IllegalStateException.class, () -> tx(other::poll));
        assertTrue(tx(poller::claim), "the holder renews it");
    }

    @Test
    void annexsOwnReplyComingBackThroughTheFeedLeavesTheTicketsVersionAsItWas() {
        Ticket ticket = open("Version kept");
        tx(() -> store.addComment(ticket.id(), new NewComment(carol.id(), "Any news?", false)));
        long version = tx(() -> store.find(ticket.id(), Viewer.unrestricted())).orElseThrow().version();

        drain(); // the echo of the reply, RT's LastUpdated, RT_System's new → open

        Ticket after = tx(() -> store.find(ticket.id(), Viewer.unrestricted())).orElseThrow();
        assertEquals(version, after.version(), "a client's If-Match taken after the reply still holds");
        assertEquals(TicketStatus.OPEN, after.status());
        assertFalse(after.updatedAt().isBefore(ticket.updatedAt().minusSeconds(1)), "RT's timestamps are taken");
    }
}
