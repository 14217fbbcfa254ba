package it.dev.annex.host.helpdesk.rt;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.HelpDeskChoiceRequest;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.builtin.JpaDirectory;
import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.settings.RtHelpDeskChoices;
import dev.annex.host.helpdesk.rt.store.RtFeedPoller;
import dev.annex.host.helpdesk.rt.store.RtTenant;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.testing.TestDatabase;
import dev.annex.plugin.api.event.TicketEventKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A tenant's feed starts where RT stood when the operator connected the tenant, not where it stands
 * when the server's schedule first gets round to the tenant: what an RT agent does in between (on a
 * busy server, many seconds) reaches Annex. Against the real RT 5 and the index on embedded Derby.
 */
class RtConnectionFeedStartIT {

    private static final TestDatabase database = TestDatabase.shared();
    private static final RtClient annex = RealRt.token();
    private static final RtClient agent = RealRt.agent();

    private final List<TicketChanged> reported = new ArrayList<>();
    private TenantRef tenant;

    private <T> T tx(Supplier<T> work) {
        database.actFor(tenant);
        return database.inTransaction(work);
    }

    @Test
    void whatAnRtAgentDoesBeforeTheFeedsFirstRoundIsRead() throws IOException {
        tenant = database.createTenant(RealRt.unique("connect"));
        RtQueue queue = RealRt.queue(annex, null);
        Clock clock = Clock.systemUTC();
        String secret = Files.readString(RealRt.HOME.resolve("token"), StandardCharsets.UTF_8).strip();
        RtHelpDeskChoices choices = new RtHelpDeskChoices(database.entityManager(), database.tenantContext(), clock);
        tx(() -> choices.choose(new HelpDeskChoiceRequest("RT", RealRt.URL.toString(), secret, List.of(queue.name()),
                "ORGANIZATION_FIELD", null)));

        // Connected; the schedule has not polled the tenant yet. An RT agent opens a ticket and puts it on hold.
        String requester = RealRt.unique("dana") + "@acme.example";
        long rtId = agent.createTicket(new NewRtTicket(queue.name(), "Between connect and first round", requester,
                "Phoned it in.", 50, List.of()));
        agent.update(rtId, RtTicketChanges.status("stalled"));

        RtTenant backing = new RtTenant(annex, queue.name(), new TenantRules(Set.of(queue.id()),
                StatusMapping.standard(), OrganisationRule.ORGANIZATION_FIELD));
        RtFeedPoller poller = new RtFeedPoller(database.entityManager(), database.tenantContext(), reported::add, clock,
                new JpaDirectory(database.entityManager(), clock), () -> backing, "node-a", Duration.ofMinutes(2));
        assertTrue(tx(poller::claim), "the first claim of the tenant's feed");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            tx(poller::poll);
            return reported.stream().anyMatch(c -> c.kind() == TicketEventKind.CREATED);
        });

        Object indexed = tx(() -> database.entityManager().get()
                .createQuery("SELECT t.status FROM RtTicketEntity t WHERE t.rtId = :rtId")
                .setParameter("rtId", rtId).getSingleResult());
        assertEquals(TicketStatus.ON_HOLD, indexed, "indexed with the status RT's agent gave it");
    }
}
