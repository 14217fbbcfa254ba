package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.sync.EchoKey;
import dev.annex.host.helpdesk.rt.sync.IndexedTicket;
import dev.annex.host.helpdesk.rt.sync.TicketChange;
import dev.annex.host.helpdesk.rt.sync.TicketIndexView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Annex's side of the feed, kept in memory for the connector's own tests: the index, the journal
 * of Annex's writes, and the changes that would raise plugin events. (The host keeps all three in
 * its database; RT itself is never replaced.)
 */
final class IndexInMemory implements TicketIndexView {

    final Map<Long, IndexedTicket> tickets = new HashMap<>();
    final List<EchoKey> journal = new ArrayList<>();
    final List<TicketChange> events = new ArrayList<>();

    @Override
    public Optional<IndexedTicket> indexed(long rtTicketId) {
        return Optional.ofNullable(tickets.get(rtTicketId));
    }

    @Override
    public boolean consumeEcho(EchoKey key) {
        return journal.remove(key);
    }

    void apply(List<TicketChange> changes) {
        for (TicketChange change : changes) {
            if (change instanceof TicketChange.Indexed indexed) {
                tickets.put(indexed.rtTicketId(), indexed.ticket());
            } else if (change instanceof TicketChange.Updated updated) {
                tickets.put(updated.rtTicketId(), updated.after());
            } else if (change instanceof TicketChange.Removed removed) {
                tickets.remove(removed.rtTicketId());
            }
            if (change.raisesEvent()) {
                events.add(change);
            }
        }
    }
}
