package dev.annex.host.helpdesk.rt.sync;

import java.util.List;

/** One page of the initial import: index rows to store, and the position to store with them. */
public record ImportPage(List<IndexedTicket> tickets, ImportPosition next, boolean done) {
}
