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

    // The details of the changes every help desk reports alike, whether Annex made them or a help
    // desk's own feed brought them: one shape of event for plugins' listeners.

    public static TicketChanged created(long ticketId, long number, Long actorId) {
        return new TicketChanged(TicketEventKind.CREATED, ticketId, actorId, Map.of("number", Long.toString(number)));
    }

    /** A comment on its own; one given with a change is reported with it ({@code UpdateReports}). */
    public static TicketChanged commented(long ticketId, long commentId, boolean internal, Long actorId) {
        return new TicketChanged(TicketEventKind.COMMENTED, ticketId, actorId,
                Map.of("commentId", Long.toString(commentId), "internal", Boolean.toString(internal)));
    }

    public static TicketChanged participantAdded(long ticketId, long personId, Long actorId) {
        return new TicketChanged(TicketEventKind.PARTICIPANTS_CHANGED, ticketId, actorId,
                Map.of("added", Long.toString(personId)));
    }

    public static TicketChanged participantRemoved(long ticketId, long personId, Long actorId) {
        return new TicketChanged(TicketEventKind.PARTICIPANTS_CHANGED, ticketId, actorId,
                Map.of("removed", Long.toString(personId)));
    }

    /** The same change, identified by {@code origin} in the help desk that made it. */
    public TicketChanged from(String origin) {
        return new TicketChanged(kind, ticketId, actorId, details, origin);
    }
}
