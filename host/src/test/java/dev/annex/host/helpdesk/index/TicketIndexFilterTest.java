package dev.annex.host.helpdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.page.PageRequest;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketSort;
import dev.annex.host.helpdesk.Viewer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketIndexFilterTest {

    /** As the built-in help desk's index names its requester and participants. */
    private static final TicketIndexFilter.Index BUILT_IN = new TicketIndexFilter.Index("t.requester.id",
            "ParticipantEntity");

    private static final TicketQuery ALL = new TicketQuery(null, null, null, null, TicketSort.NEWEST_UPDATE,
            new PageRequest(0, 25));

    private static Viewer viewer(long id, Role role, Long organisationId) {
        return new Viewer(id, role, organisationId, List.of(), Instant.EPOCH);
    }

    @Test
    void grantsAreFoldedInAsAnAlternativeToTheContactsOwnRule() {
        TicketIndexFilter filter = TicketIndexFilter.forViewer(new Viewer(7, Role.CONTACT, 3L, List.of("grants"), Instant.EPOCH), BUILT_IN);
        assertTrue(filter.where().contains(" OR (t.organisationId IN (SELECT g.targetId FROM AccessGrantEntity g"), filter.where());
        assertEquals(List.of("grants"), filter.parameters().get("grantSources"));
    }

    @Test
    void agentsAreNotRestricted() {
        assertEquals("", TicketIndexFilter.forViewer(viewer(1, Role.AGENT, null), BUILT_IN).with(ALL).where());
    }

    @Test
    void contactsSeeOnlyWhatTheyRequested() {
        String where = TicketIndexFilter.forViewer(viewer(7, Role.CONTACT, 3L), BUILT_IN).with(ALL).where();
        assertTrue(where.startsWith(" WHERE (t.requester.id = :viewerId OR t.id IN (SELECT p.ticketId FROM ParticipantEntity p"), where);
    }

    @Test
    void organisationAdminsAlsoSeeTheirOrganisationsTickets() {
        String where = TicketIndexFilter.forViewer(viewer(7, Role.ORGANISATION_ADMIN, 3L), BUILT_IN).with(ALL).where();
        assertTrue(where.contains("t.organisationId = :viewerOrganisation"));
    }

    @Test
    void filtersAreAddedToTheViewersRestrictionNeverInsteadOfIt() {
        TicketQuery query = new TicketQuery(null, 9L, null, "vpn", TicketSort.NEWEST_UPDATE, new PageRequest(0, 25));
        String where = TicketIndexFilter.forViewer(viewer(7, Role.CONTACT, 3L), BUILT_IN).with(query).where();
        assertTrue(where.contains(") AND t.organisationId = :organisationId"), where);
        assertTrue(where.contains("t.organisationId = :organisationId"));
    }

    @Test
    void textSearchEscapesLikeWildcards() {
        TicketQuery query = new TicketQuery(null, null, null, "100%_off", TicketSort.NEWEST_UPDATE, new PageRequest(0, 25));
        TicketIndexFilter filter = TicketIndexFilter.forViewer(viewer(1, Role.AGENT, null), BUILT_IN).with(query);
        assertEquals("%100!%!_off%", filter.parameters().get("text"));
    }

    @Test
    void prioritySortsByRankNotAlphabetically() {
        String order = TicketIndexFilter.orderBy(new TicketSort(TicketSort.Field.PRIORITY, true));
        assertTrue(order.indexOf("LOW THEN 0") < order.indexOf("URGENT THEN 3"));
        assertTrue(order.endsWith("DESC, t.id DESC"));
    }

    @Test
    void theSharedViewLeavesOutOwnTicketsAndCountsParticipationAndGrants() {
        TicketQuery shared = new TicketQuery(null, null, null, null, TicketSort.NEWEST_UPDATE, new PageRequest(0, 25), true);
        TicketIndexFilter filter = TicketIndexFilter.forViewer(new Viewer(7, Role.ORGANISATION_ADMIN, 3L, List.of("grants"),
                Instant.EPOCH), BUILT_IN).with(shared);
        String where = filter.where();
        assertTrue(where.contains("t.requester.id <> :viewerId"), where);
        assertTrue(where.contains("t.organisationId <> :sharedOrganisation"), where);
        assertTrue(where.contains("(t.id IN (SELECT p.ticketId FROM ParticipantEntity p"), where);
        String sharedPart = where.substring(where.indexOf("t.requester.id <> :viewerId"));
        assertTrue(sharedPart.contains(" OR (t.organisationId IN (SELECT g.targetId FROM AccessGrantEntity g"), "grants count too: " + where);
        assertEquals(3L, filter.parameters().get("sharedOrganisation"));
    }

    @Test
    void anAgentsSharedViewNeedsNoGrantParametersWhenNoPluginGrants() {
        TicketQuery shared = new TicketQuery(null, null, null, null, TicketSort.NEWEST_UPDATE, new PageRequest(0, 25), true);
        TicketIndexFilter filter = TicketIndexFilter.forViewer(viewer(1, Role.AGENT, null), BUILT_IN).with(shared);
        assertEquals(" WHERE t.requester.id <> :viewerId AND (t.id IN (SELECT p.ticketId FROM ParticipantEntity p"
                + " WHERE p.personId = :viewerId))", filter.where());
        assertEquals(1L, filter.parameters().get("viewerId"));
    }

    @Test
    void anotherIndexNamesItsOwnRequesterAndParticipants() {
        String where = TicketIndexFilter.forViewer(viewer(7, Role.CONTACT, 3L),
                new TicketIndexFilter.Index("t.requesterId", "RtParticipantEntity")).with(ALL).where();
        assertEquals(" WHERE (t.requesterId = :viewerId OR t.id IN (SELECT p.ticketId FROM RtParticipantEntity p"
                + " WHERE p.personId = :viewerId))", where);
    }

    @Test
    void severalStatusesAreAnyOfThemAndUpdatedSinceIsAnInclusiveLowerBound() {
        Instant since = Instant.parse("2026-12-02T10:00:00Z");
        TicketQuery query = new TicketQuery(java.util.Set.of(dev.annex.host.helpdesk.TicketStatus.OPEN,
                dev.annex.host.helpdesk.TicketStatus.PENDING), since, null, null, null, TicketSort.NEWEST_UPDATE,
                new PageRequest(0, 25), false, null);
        TicketIndexFilter filter = TicketIndexFilter.forViewer(viewer(7, Role.CONTACT, 3L), BUILT_IN).with(query);
        assertTrue(filter.where().contains(") AND t.status IN :statuses AND t.updatedAt >= :updatedSince"), filter.where());
        assertEquals(java.util.Set.of(dev.annex.host.helpdesk.TicketStatus.OPEN, dev.annex.host.helpdesk.TicketStatus.PENDING),
                java.util.Set.copyOf((List<?>) filter.parameters().get("statuses")));
        assertEquals(since, filter.parameters().get("updatedSince"));
    }

    @Test
    void noStatusesMatchEveryStatus() {
        assertEquals("", TicketIndexFilter.forViewer(viewer(1, Role.AGENT, null), BUILT_IN).with(ALL).where());
        assertTrue(ALL.statuses().isEmpty());
    }
}
