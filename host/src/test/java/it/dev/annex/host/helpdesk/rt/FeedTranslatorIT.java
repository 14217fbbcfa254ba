package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.host.helpdesk.rt.feed.FeedBatch;
import dev.annex.host.helpdesk.rt.feed.FeedPosition;
import dev.annex.host.helpdesk.rt.feed.TransactionFeed;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.sync.EchoKey;
import dev.annex.host.helpdesk.rt.sync.FeedTranslator;
import dev.annex.host.helpdesk.rt.sync.IndexedTicket;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.helpdesk.rt.sync.TicketChange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RT's transactions read as index changes and plugin events, against a real RT: what an RT agent
 * does arrives once; what Annex wrote arrives without a second event.
 */
class FeedTranslatorIT {

    private final RtClient annex = RealRt.basic();
    private final RtClient agent = RealRt.agent();
    private final IndexInMemory index = new IndexInMemory();
    private final TransactionFeed feed = new TransactionFeed(RealRt.basic(), Clock.systemUTC(),
            TransactionFeed.DEFAULT_GAP_GRACE, 100);
    private FeedPosition position = feed.now();

    private TenantRules rules(OrganisationRule rule, String statusEntries, RtQueue... queues) {
        return new TenantRules(Set.of(queues).stream().map(RtQueue::id).collect(java.util.stream.Collectors.toSet()),
                StatusMapping.parse(statusEntries), rule);
    }

    /** One poll until RT has nothing more, as the host's poller does; returns the changes. */
    private List<TicketChange> poll(TenantRules rules) {
        FeedTranslator translator = new FeedTranslator(annex, rules);
        List<TicketChange> all = new java.util.ArrayList<>();
        FeedBatch batch;
        do {
            batch = feed.read(position);
            List<TicketChange> changes = translator.translate(batch.transactions(), index);
            index.apply(changes);
            all.addAll(changes);
            position = batch.next();
        } while (batch.more());
        return all;
    }

    private List<TicketChange> events(List<TicketChange> changes) {
        return changes.stream().filter(TicketChange::raisesEvent).toList();
    }

    @Test
    void aTicketAnRtAgentOpensIsIndexedWithTheRequestersOrganisationAndAnnouncedOnce() {
        RtQueue queue = RealRt.queue(annex, null);
        TenantRules rules = rules(OrganisationRule.ORGANIZATION_FIELD, "", queue);
        String email = RealRt.unique("carol") + "@acme.example";
        annex.createUser(email, "Carol", "Acme Corporation");
        long id = agent.createTicket(new NewRtTicket(queue.name(), "Printer on fire", email, "It burns", 100, List.of()));

        List<TicketChange> events = events(poll(rules));
        assertEquals(1, events.size(), events.toString());
        TicketChange.Indexed created = assertInstanceOf(TicketChange.Indexed.class, events.get(0));
        assertEquals("rt-agent", created.actor().rtName());
        IndexedTicket ticket = index.tickets.get(id);
        assertEquals("Printer on fire", ticket.subject());
        assertEquals(TicketStatus.OPEN, ticket.status());
        assertEquals("new", ticket.rtStatus());
        assertEquals(TicketPriority.HIGH, ticket.priority());
        assertEquals(email, ticket.requester());
        assertEquals("Carol", ticket.requesterName());
        assertEquals("Acme Corporation", ticket.organisation());
        assertEquals(List.of(), events(poll(rules)), "read once");
    }

    @Test
    void anAgentsReplyAndNoteAreOneEventEachWithTheirText() {
        RtQueue queue = RealRt.queue(annex, null);
        TenantRules rules = rules(OrganisationRule.ORGANIZATION_FIELD, "", queue);
        long id = agent.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));
        poll(rules);

        agent.correspond(id, "We are on it");
        agent.comment(id, "Call the fire department");
        List<TicketChange> events = events(poll(rules));

        List<TicketChange.Commented> comments = events.stream().filter(TicketChange.Commented.class::isInstance)
                .map(TicketChange.Commented.class::cast).toList();
        assertEquals(2, comments.size(), events.toString());
        assertEquals("We are on it", comments.get(0).text());
        assertFalse(comments.get(0).internal());
        assertEquals("Call the fire department", comments.get(1).text());
        assertTrue(comments.get(1).internal());
        assertEquals(2, events.size(), "the reply opened the ticket (new → open), still OPEN: no event; " + events);
    }

    @Test
    void annexsOwnWritesComeBackWithoutASecondEvent() {
        RtQueue queue = RealRt.queue(annex, null);
        TenantRules rules = rules(OrganisationRule.ORGANIZATION_FIELD, "", queue);
        long id = annex.createTicket(new NewRtTicket(queue.name(), "From Annex", "x@annex.test", "", 50, List.of()));
        index.journal.add(EchoKey.created(id));
        annex.correspond(id, "Reply written in Annex\n");
        index.journal.add(EchoKey.message(id, false, "Reply written in Annex\n"));
        annex.update(id, RtTicketChanges.status("resolved"));
        index.journal.add(EchoKey.status(id, "resolved"));

        List<TicketChange> changes = poll(rules);
        assertEquals(List.of(), events(changes), changes.toString());
        assertEquals(TicketStatus.SOLVED, index.tickets.get(id).status(), "indexed all the same");
        assertEquals(List.of(), index.journal, "every journal entry consumed");

        agent.update(id, RtTicketChanges.status("open"));
        List<TicketChange> reopened = events(poll(rules));
        assertEquals(1, reopened.size());
        assertTrue(((TicketChange.Updated) reopened.get(0)).statusChanged());
    }

    @Test
    void aCustomLifecyclesStatusesMapAndUnnamedOnesAreKeptByName() {
        RtQueue queue = RealRt.queue(annex, "annex-custom");
        TenantRules rules = rules(OrganisationRule.ORGANIZATION_FIELD, "waiting-for-customer=PENDING", queue);
        long id = agent.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));
        poll(rules);

        agent.update(id, RtTicketChanges.status("waiting-for-customer"));
        poll(rules);
        assertEquals(TicketStatus.PENDING, index.tickets.get(id).status());

        agent.update(id, RtTicketChanges.status("escalated"));
        poll(rules);
        assertEquals(TicketStatus.OPEN, index.tickets.get(id).status(), "unnamed, active");
        assertEquals("escalated", index.tickets.get(id).rtStatus());

        agent.update(id, RtTicketChanges.status("shipped"));
        List<TicketChange> events = events(poll(rules));
        assertEquals(TicketStatus.CLOSED, index.tickets.get(id).status(), "unnamed, inactive");
        assertEquals("shipped", index.tickets.get(id).rtStatus());
        assertEquals(1, events.size());
    }

    @Test
    void aTicketMovedOutOfTheTenantsQueuesLeavesTheIndexAndComesBackWhenMovedIn() {
        RtQueue mine = RealRt.queue(annex, null);
        RtQueue other = RealRt.queue(annex, null);
        TenantRules rules = rules(OrganisationRule.ORGANIZATION_FIELD, "", mine);
        long id = agent.createTicket(new NewRtTicket(mine.name(), "s", "x@annex.test", "", 0, List.of()));
        poll(rules);
        assertTrue(index.tickets.containsKey(id));

        agent.update(id, RtTicketChanges.queue(other.name()));
        List<TicketChange> out = poll(rules);
        assertInstanceOf(TicketChange.Removed.class, out.get(0));
        assertFalse(index.tickets.containsKey(id));

        agent.comment(id, "worked elsewhere");
        assertEquals(List.of(), poll(rules), "not the tenant's: nothing");

        agent.update(id, RtTicketChanges.queue(mine.name()));
        List<TicketChange> back = events(poll(rules));
        assertInstanceOf(TicketChange.Indexed.class, back.get(0));
        assertEquals(mine.id(), index.tickets.get(id).queueId());
    }

    @Test
    void ccWatchersAreTheTicketsParticipants() {
        RtQueue queue = RealRt.queue(annex, null);
        TenantRules rules = rules(OrganisationRule.ORGANIZATION_FIELD, "", queue);
        long id = agent.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));
        poll(rules);

        agent.setCcs(id, List.of("nora@northwind.example"));
        List<TicketChange> events = events(poll(rules));
        assertEquals(1, events.size(), events.toString());
        assertTrue(((TicketChange.Updated) events.get(0)).participantsChanged());
        assertEquals(Set.of("nora@northwind.example"), index.tickets.get(id).participants());
    }

    @Test
    void withTheGroupRuleTheRequestersGroupIsTheOrganisation() {
        RtQueue queue = RealRt.queue(annex, null);
        TenantRules rules = rules(OrganisationRule.GROUP, "", queue);
        String email = RealRt.unique("nora") + "@northwind.example";
        String group = RealRt.unique("Northwind Partners");
        annex.addGroupMember(annex.createGroup(group), annex.createUser(email, "Nora", "ignored").id());
        long id = agent.createTicket(new NewRtTicket(queue.name(), "s", email, "", 0, List.of()));
        long loner = agent.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));
        poll(rules);
        assertEquals(group, index.tickets.get(id).organisation());
        assertNull(index.tickets.get(loner).organisation());
    }
}
