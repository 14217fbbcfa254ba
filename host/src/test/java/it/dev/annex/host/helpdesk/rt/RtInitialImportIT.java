package it.dev.annex.host.helpdesk.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.HelpDeskImport;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketSort;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.helpdesk.builtin.JpaDirectory;
import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.store.RtFeedPoller;
import dev.annex.host.helpdesk.rt.store.RtInitialImport;
import dev.annex.host.helpdesk.rt.store.RtTenant;
import dev.annex.host.helpdesk.rt.store.RtTicketStore;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.page.PageRequest;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The initial import of an RT queue that already holds tickets, against the real RT 5 and the index
 * on embedded Derby: a page per step with its position stored beside the rows, so a second importer
 * (another node, or this one after a restart) resumes after the last stored page; every ticket once,
 * no plugin events, the progress the operator sees.
 */
class RtInitialImportIT {

    private static final TestDatabase database = TestDatabase.shared();
    private static final RtClient annex = RealRt.token();

    private final List<TicketChanged> reported = new ArrayList<>();
    private TenantRef tenant;

    private <T> T tx(Supplier<T> work) {
        database.actFor(tenant);
        return database.inTransaction(work);
    }

    private RtInitialImport importer(RtTenant backing, String node) {
        Directory directory = new JpaDirectory(database.entityManager(), Clock.systemUTC());
        RtFeedPoller poller = new RtFeedPoller(database.entityManager(), database.tenantContext(), reported::add,
                Clock.systemUTC(), directory, () -> backing, node, Duration.ofMinutes(1));
        return new RtInitialImport(database.entityManager(), database.tenantContext(), Clock.systemUTC(),
                () -> backing, poller, 3);
    }

    @Test
    void anExistingQueueIsImportedInPagesResumesWhereItStoppedAndRaisesNoEvents() {
        tenant = database.createTenant(RealRt.unique("import"));
        RtQueue queue = RealRt.queue(annex, null);
        for (int i = 1; i <= 7; i++) {
            annex.createTicket(new NewRtTicket(queue.name(), "Before Annex " + i, "carol@import.example",
                    "Old news.", 50, List.of()));
        }
        RtTenant backing = new RtTenant(annex, queue.name(), new TenantRules(Set.of(queue.id()),
                StatusMapping.standard(), OrganisationRule.ORGANIZATION_FIELD));
        tx(() -> {
            new RtTicketStore(database.entityManager(), database.tenantContext(), reported::add, Clock.systemUTC(),
                    new JpaDirectory(database.entityManager(), Clock.systemUTC()), () -> backing).tenantCreated();
            RtInitialImport.ready(database.entityManager().get(), tenant.id(), Instant.now(), false);
            return null;
        });
        assertEquals(HelpDeskImport.PENDING, progress().state());

        RtInitialImport first = importer(backing, "node-a");
        assertTrue(tx(first::step), "3 of 7: more to come");
        assertTrue(tx(first::step), "6 of 7: more to come");
        HelpDeskImport halfway = progress();
        assertEquals(HelpDeskImport.RUNNING, halfway.state());
        assertEquals(6, halfway.imported());
        assertEquals(7, halfway.total());

        // The first importer stops here (its node went away); another one resumes from the stored position.
        RtInitialImport second = importer(backing, "node-b");
        assertFalse(tx(second::step), "the last page");
        assertFalse(tx(second::step), "done: nothing more to read");
        HelpDeskImport done = progress();
        assertEquals(HelpDeskImport.DONE, done.state());
        assertEquals(7, done.imported());
        assertNotNull(done.finishedAt());

        List<String> subjects = tx(() -> new RtTicketStore(database.entityManager(), database.tenantContext(),
                reported::add, Clock.systemUTC(), new JpaDirectory(database.entityManager(), Clock.systemUTC()),
                () -> backing).list(new TicketQuery(null, null, null, null, new TicketSort(TicketSort.Field.NUMBER, false),
                new PageRequest(0, 50), false), Viewer.unrestricted())).items().stream().map(Ticket::subject).toList();
        assertEquals(List.of("Before Annex 1", "Before Annex 2", "Before Annex 3", "Before Annex 4", "Before Annex 5",
                "Before Annex 6", "Before Annex 7"), subjects, "each RT ticket once, in RT's order");
        assertEquals(List.of(), reported, "an import raises no plugin events");
    }

    private HelpDeskImport progress() {
        return tx(() -> RtInitialImport.progress(database.entityManager().get(), tenant.id()).orElseThrow());
    }
}
