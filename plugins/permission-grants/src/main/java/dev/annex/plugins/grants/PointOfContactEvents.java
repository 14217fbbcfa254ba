package dev.annex.plugins.grants;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventKind;
import dev.annex.plugin.api.event.TicketEventListener;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Keeps a ticket's partner point of contact informed: a public reply or a status change is mailed
 * to them, as the host mails a requester. Only while the grant behind them is live and they can
 * still see the ticket, so the mail never outlives the access; internal notes are never sent,
 * and nobody is told of their own change. The mail is queued in the event's transaction, so a
 * redelivery after a failure does not send it twice.
 */
@Extension
public class PointOfContactEvents implements TicketEventListener {

    private final PluginContext plugin;

    public PointOfContactEvents(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void onTicketEvent(TicketEvent event) {
        boolean publicReply = event.kind() == TicketEventKind.COMMENTED
                && !"true".equals(event.details().get("internal"));
        if (!publicReply && event.kind() != TicketEventKind.STATUS_CHANGED) {
            return;
        }
        Tenant tenant = event.tenant();
        GrantBook book = new GrantBook(plugin, tenant);
        Optional<TicketContact> contact = book.contactsOnTicket(event.ticketId()).stream()
                .filter(TicketContact::isPointOfContact).findFirst();
        Optional<TicketInfo> ticket = plugin.helpDesk().ticket(tenant, event.ticketId());
        if (contact.isEmpty() || ticket.isEmpty() || Objects.equals(event.actorId(), contact.get().personId)
                || book.liveBacking(contact.get()).isEmpty()
                || !plugin.helpDesk().canSee(tenant, contact.get().personId, event.ticketId())) {
            return;
        }
        Optional<PersonInfo> partner = plugin.helpDesk().person(tenant, contact.get().personId).filter(PersonInfo::active);
        if (partner.isEmpty()) {
            return;
        }
        TicketInfo t = ticket.get();
        String customer = t.organisationId() == null ? "the customer" : plugin.helpDesk()
                .organisation(tenant, t.organisationId()).map(OrganisationInfo::name).orElse("the customer");
        String actor = event.actorId() == null ? "The help desk" : plugin.helpDesk().person(tenant, event.actorId())
                .map(PersonInfo::displayName).orElse("Someone");
        String about = "ticket #" + t.number() + " \"" + t.subject() + "\" of " + customer;
        if (publicReply) {
            new PartnerMail(plugin, tenant).send(partner.get(), "New reply on ticket #" + t.number() + " of " + customer,
                    actor + " replied on " + about + ". Sign in to read it.");
        } else {
            // The event's own status, not the ticket's now: it may have moved on since.
            String status = event.details().getOrDefault("status", t.status()).toLowerCase(Locale.ROOT);
            String previous = event.details().getOrDefault("previousStatus", "?").toLowerCase(Locale.ROOT);
            new PartnerMail(plugin, tenant).send(partner.get(), "Ticket #" + t.number() + " of " + customer + " is now "
                    + status, actor + " changed the status of " + about + " from " + previous + " to " + status + ".");
        }
    }
}
