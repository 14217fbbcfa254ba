package dev.annex.host.helpdesk.index;

import dev.annex.host.helpdesk.ChangeFeed;
import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.plugin.api.event.TicketEventKind;
import java.util.HashMap;
import java.util.Map;

/**
 * What a help desk reports for one {@code TicketStore.update}, the same for every help desk so
 * plugins' listeners see one shape of events whichever help desk backs the tenant.
 */
public final class UpdateReports {

    private UpdateReports() {
    }

    /**
     * One report per kind of change. A comment given with the change is named ({@code commentId})
     * by one of them — UPDATED if there is one, else STATUS_CHANGED — and its COMMENTED report says
     * {@code withChange}. A comment with no actual change is a plain comment.
     */
    public static void report(ChangeFeed changes, Ticket before, Ticket after, Comment reason, Long actorId) {
        boolean statusChanged = after.status() != before.status();
        boolean otherwiseChanged = !after.subject().equals(before.subject())
                || !after.description().equals(before.description()) || after.priority() != before.priority();
        Map<String, String> status = new HashMap<>(
                Map.of("status", after.status().name(), "previousStatus", before.status().name()));
        Map<String, String> update = new HashMap<>(Map.of("priority", after.priority().name()));
        String carrier = null;
        if (reason != null && (statusChanged || otherwiseChanged)) {
            carrier = otherwiseChanged ? TicketEventKind.UPDATED.name() : TicketEventKind.STATUS_CHANGED.name();
            (otherwiseChanged ? update : status).put("commentId", Long.toString(reason.id()));
        }
        if (statusChanged) {
            changes.ticketChanged(new TicketChanged(TicketEventKind.STATUS_CHANGED, after.id(), actorId, status));
        }
        if (otherwiseChanged) {
            changes.ticketChanged(new TicketChanged(TicketEventKind.UPDATED, after.id(), actorId, update));
        }
        if (reason != null) {
            Map<String, String> commented = new HashMap<>(
                    Map.of("commentId", Long.toString(reason.id()), "internal", "false"));
            if (carrier != null) {
                commented.put("withChange", carrier);
            }
            changes.ticketChanged(new TicketChanged(TicketEventKind.COMMENTED, after.id(), actorId, commented));
        }
    }
}
