package dev.annex.host.helpdesk;

/**
 * Where a help desk reports every change to a ticket, in the transaction that makes the change in
 * Annex's database: the built-in help desk as it writes, a connector to another help desk as it
 * applies that help desk's own change feed to Annex's ticket index. Annex raises the plugins' ticket
 * events from these reports, and only from them — callers of the port never raise events.
 */
public interface ChangeFeed {

    void ticketChanged(TicketChanged change);
}
