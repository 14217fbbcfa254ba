package dev.annex.plugins.following;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.TicketInfo;

/**
 * The one access rule of this plugin: a person acts on a ticket only if the help desk lets them
 * see it (its own rules and every enabled plugin's grants). Anything else, including another
 * tenant's ticket id, is 404, so nobody learns that a ticket exists.
 */
final class Tickets {

    private Tickets() {
    }

    static TicketInfo visible(PluginContext plugin, Tenant tenant, Caller caller, long ticketId) {
        TicketInfo ticket = plugin.helpDesk().ticket(tenant, ticketId).orElse(null);
        if (ticket == null || !(caller.isAgent() || plugin.helpDesk().canSee(tenant, caller.personId(), ticketId))) {
            throw PluginProblem.notFound("No ticket " + ticketId + " that you can see.");
        }
        return ticket;
    }

    /**
     * A ticket the caller may follow: one they can see, or — as the source product has it, "follow
     * a ticket within their organisation" — one of their own organisation's tickets.
     */
    static TicketInfo followable(PluginContext plugin, Tenant tenant, Caller caller, long ticketId) {
        TicketInfo ticket = plugin.helpDesk().ticket(tenant, ticketId).orElse(null);
        boolean teammates = ticket != null && caller.organisationId() != null
                && caller.organisationId().equals(ticket.organisationId());
        if (ticket == null || !(teammates || caller.isAgent() || plugin.helpDesk().canSee(tenant, caller.personId(), ticketId))) {
            throw PluginProblem.notFound("No ticket " + ticketId + " that you can see.");
        }
        return ticket;
    }
}
