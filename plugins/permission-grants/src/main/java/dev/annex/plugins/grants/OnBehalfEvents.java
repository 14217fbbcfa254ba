package dev.annex.plugins.grants;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventKind;
import dev.annex.plugin.api.event.TicketEventListener;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.util.Objects;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * A partner opened a ticket on a customer's behalf (the host let them, through the grant's
 * CREATE_ON_BEHALF): remember it for the "P" marker and tell both sides. The point of contact is
 * the ticket's requester — the partner, or a customer contact the partner chose. Both the partner
 * and the point of contact are mailed; when the partner is the point of contact, the customer's
 * organisation admins are mailed instead, so the customer always hears of it. Redelivered events
 * find the ticket remembered and do nothing.
 */
@Extension
public class OnBehalfEvents implements TicketEventListener {

    private final PluginContext plugin;

    public OnBehalfEvents(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void onTicketEvent(TicketEvent event) {
        if (event.kind() != TicketEventKind.CREATED || event.actorId() == null) {
            return;
        }
        Tenant tenant = event.tenant();
        Optional<TicketInfo> found = plugin.helpDesk().ticket(tenant, event.ticketId());
        Optional<PersonInfo> actor = plugin.helpDesk().person(tenant, event.actorId());
        if (found.isEmpty() || actor.isEmpty() || found.get().organisationId() == null) {
            return;
        }
        TicketInfo ticket = found.get();
        PersonInfo partner = actor.get();
        boolean onBehalf = !isAgent(partner) && !Objects.equals(partner.organisationId(), ticket.organisationId());
        var em = plugin.persistence().entityManager(tenant);
        if (!onBehalf || em.find(ManagedTicket.class, ticket.id()) != null) {
            return;
        }
        em.persist(new ManagedTicket(ticket.id(), partner.id(), ticket.organisationId()));
        em.flush();
        String customer = plugin.helpDesk().organisation(tenant, ticket.organisationId()).map(OrganisationInfo::name)
                .orElse("the customer");
        PartnerMail mail = new PartnerMail(plugin, tenant);
        String about = "Ticket #" + ticket.number() + " \"" + ticket.subject() + "\"";
        mail.send(partner, "Ticket #" + ticket.number() + " opened for " + customer,
                "You opened " + about + " on behalf of " + customer + ".");
        if (ticket.requesterId() != partner.id()) {
            plugin.helpDesk().person(tenant, ticket.requesterId()).ifPresent(contact -> mail.send(contact,
                    "Ticket #" + ticket.number() + " opened for you by " + partner.displayName(),
                    partner.displayName() + " <" + partner.email() + "> opened " + about + " for " + customer
                            + " and named you its point of contact."));
        } else {
            mail.toManagers(ticket.organisationId(), partner.id(),
                    "Ticket #" + ticket.number() + " opened for " + customer + " by " + partner.displayName(),
                    partner.displayName() + " <" + partner.email() + "> opened " + about + " on behalf of "
                            + customer + " and is its point of contact.");
        }
    }

    private static boolean isAgent(PersonInfo person) {
        return person.role() == dev.annex.plugin.api.PersonRole.AGENT
                || person.role() == dev.annex.plugin.api.PersonRole.TENANT_ADMIN;
    }
}
