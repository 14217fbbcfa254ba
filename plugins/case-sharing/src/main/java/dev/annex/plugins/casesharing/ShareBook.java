package dev.annex.plugins.casesharing;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import dev.annex.plugin.api.mail.Mail;
import dev.annex.plugins.partnerlinks.api.Partnership;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's shares. Every change writes the share row, the host's grant (what gives the
 * partner's people the ticket) and the audit in the same transaction, so they never disagree.
 */
final class ShareBook {

    private final PluginContext plugin;
    private final Tenant tenant;

    ShareBook(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    EntityManager em() {
        return plugin.persistence().entityManager(tenant);
    }

    Optional<CaseShare> ofTicket(long ticketId) {
        return em().createQuery("SELECT s FROM CaseShare s WHERE s.ticketId = :ticket", CaseShare.class)
                .setParameter("ticket", ticketId).getResultStream().findFirst();
    }

    /** Locked, so two admins changing one ticket's share at once do it one after the other. */
    Optional<CaseShare> lockOfTicket(long ticketId) {
        return ofTicket(ticketId).map(share -> em().find(CaseShare.class, share.id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Shares the ticket with the partnership's partner, or moves its share there. */
    CaseShare share(TicketInfo ticket, Optional<CaseShare> existing, Partnership partnership, String termsVersion,
                    long by) {
        CaseShare share = existing.orElseGet(() -> new CaseShare(ticket.id(), ticket.organisationId()));
        String before = existing.map(this::describe).orElse(null);
        if (existing.isPresent()) {
            plugin.accessGrants().revoke(tenant, share.hostGrantId);
        }
        Grant grant = plugin.accessGrants().grant(tenant, new GrantRequest(Subject.organisation(partnership.partnerId()),
                Target.ticket(ticket.id()), partnership.defaultLevel(), null));
        share.partnerId = partnership.partnerId();
        share.partnershipId = partnership.id();
        share.level = partnership.defaultLevel();
        share.hostGrantId = grant.id();
        share.termsVersion = termsVersion;
        share.sharedBy = by;
        share.sharedAt = plugin.clock().instant();
        if (existing.isEmpty()) {
            em().persist(share);
        }
        em().flush();
        plugin.audit().record(tenant, by, existing.isPresent() ? "share.changed" : "share.created", "Ticket #"
                + ticket.number() + ": " + (before == null ? "" : before + " → ") + describe(share) + ", terms "
                + termsVersion);
        tellPartner(ticket, share);
        return share;
    }

    void remove(TicketInfo ticket, CaseShare share, Long by, String why) {
        plugin.accessGrants().revoke(tenant, share.hostGrantId);
        em().remove(share);
        em().flush();
        plugin.audit().record(tenant, by, "share.removed", "Ticket #" + ticket.number() + ": no longer shared with "
                + describe(share) + why);
    }

    /** The partnership ended: so do its shares. */
    void endAllOf(Partnership partnership, Long by) {
        List<CaseShare> shares = em().createQuery("SELECT s FROM CaseShare s WHERE s.partnershipId = :partnership",
                CaseShare.class).setParameter("partnership", partnership.id()).getResultList();
        for (CaseShare share : shares) {
            plugin.accessGrants().revoke(tenant, share.hostGrantId);
            em().remove(share);
            plugin.audit().record(tenant, by, "share.removed", "Ticket " + share.ticketId + ": no longer shared with "
                    + describe(share) + " (the partnership ended)");
        }
        em().flush();
    }

    String describe(CaseShare share) {
        return name(share.partnerId) + " (" + Partnership.label(share.level) + ")";
    }

    String name(long organisationId) {
        return plugin.helpDesk().organisation(tenant, organisationId).map(OrganisationInfo::name).orElse("(removed)");
    }

    Views.ShareView view(CaseShare share) {
        Optional<OrganisationInfo> partner = plugin.helpDesk().organisation(tenant, share.partnerId);
        return new Views.ShareView(share.partnerId, partner.map(OrganisationInfo::name).orElse("(removed)"),
                partner.map(OrganisationInfo::accountNumber).orElse(null), share.partnershipId, share.level.name(),
                Partnership.label(share.level), share.sharedAt,
                plugin.helpDesk().person(tenant, share.sharedBy).map(PersonInfo::displayName).orElse("(removed)"));
    }

    private void tellPartner(TicketInfo ticket, CaseShare share) {
        String customer = name(share.customerId);
        for (PersonInfo admin : plugin.helpDesk().members(tenant, share.partnerId)) {
            if (admin.role() == PersonRole.ORGANISATION_ADMIN) {
                plugin.outbox().queue(tenant, new Mail(admin.email(), customer + " shared case #" + ticket.number()
                        + " with " + name(share.partnerId), customer + " shared case #" + ticket.number() + " \""
                        + ticket.subject() + "\" with your organisation. Your people can work it with "
                        + Partnership.label(share.level).toLowerCase() + " access.\n\nOpen it: /t/" + tenant.slug()
                        + "/tickets/" + ticket.id() + "\n"));
            }
        }
    }
}
