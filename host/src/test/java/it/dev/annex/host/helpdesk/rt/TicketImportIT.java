package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.sync.ImportPage;
import dev.annex.host.helpdesk.rt.sync.ImportPosition;
import dev.annex.host.helpdesk.rt.sync.IndexedTicket;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.helpdesk.rt.sync.TicketImport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The initial import from a real RT: paged, resumable from a stored position, with progress. */
class TicketImportIT {

    private final RtClient rt = RealRt.basic();

    @Test
    void theTenantsTicketsArriveOnceInPagesAndAStoppedImportResumes() {
        RtQueue mine = RealRt.queue(rt, null);
        RtQueue alsoMine = RealRt.queue(rt, null);
        RtQueue other = RealRt.queue(rt, null);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(rt.createTicket(new NewRtTicket((i % 2 == 0 ? mine : alsoMine).name(), "t" + i,
                    "x@annex.test", "", 0, List.of())));
        }
        rt.createTicket(new NewRtTicket(other.name(), "not the tenant's", "x@annex.test", "", 0, List.of()));
        long deleted = rt.createTicket(new NewRtTicket(mine.name(), "deleted", "x@annex.test", "", 0, List.of()));
        rt.update(deleted, RtTicketChanges.status("deleted"));
        TenantRules rules = new TenantRules(Set.of(mine.id(), alsoMine.id()), StatusMapping.standard(),
                OrganisationRule.ORGANIZATION_FIELD);
        TicketImport firstRun = new TicketImport(rt, rules, 2);

        ImportPosition position = firstRun.start();
        assertEquals(5, position.total());
        assertEquals(0, position.percent());
        List<IndexedTicket> imported = new ArrayList<>();
        ImportPage page = firstRun.next(position);
        imported.addAll(page.tickets());
        position = page.next();
        assertFalse(page.done());
        assertEquals(40, position.percent());

        // Annex stopped here; a new import resumes from the stored position.
        TicketImport secondRun = new TicketImport(RealRt.basic(), rules, 2);
        do {
            page = secondRun.next(position);
            imported.addAll(page.tickets());
            position = page.next();
        } while (!page.done());

        assertEquals(expected, imported.stream().map(IndexedTicket::rtId).toList());
        assertEquals(100, position.percent());
        assertTrue(imported.stream().allMatch(t -> t.requester().equals("x@annex.test")));
    }
}
