package dev.annex.host.helpdesk.rt.sync;

import java.util.Optional;

/** The host's side of the feed: its index of this tenant's RT tickets and its journal of writes. */
public interface TicketIndexView {

    Optional<IndexedTicket> indexed(long rtTicketId);

    /** Consumes the journal entry of an Annex write, if one is open; true when it was. */
    boolean consumeEcho(EchoKey key);
}
