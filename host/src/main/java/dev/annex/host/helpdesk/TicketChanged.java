package dev.annex.host.helpdesk;

import dev.annex.plugin.api.event.TicketEventKind;
import java.util.Map;

/**
 * A change to a ticket, as a help desk reports it to Annex's {@link ChangeFeed}: one per kind of
 * change, with the facts plugins' listeners get as the event's details (see
 * {@link dev.annex.plugin.api.event.TicketEvent#details()}).
 *
 * @param actorId the person who made the change, or null for the system (or someone Annex does not know)
 * @param origin  what identifies the change in the help desk that made it, e.g. {@code rt:transaction:4711},
 *                so a change reported twice (once when Annex wrote it, once when the help desk's own feed
 *                brings it back) raises one event; null when the help desk reports each change only once
 */
public record TicketChanged(TicketEventKind kind, long ticketId, Long actorId, Map<String, String> details,
                            String origin) {

    public TicketChanged {
        details = Map.copyOf(details);
    }

    public TicketChanged(TicketEventKind kind, long ticketId, Long actorId, Map<String, String> details) {
        this(kind, ticketId, actorId, details, null);
    }
}
