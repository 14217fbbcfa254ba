package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugins.partnerlinks.api.Partnership;
import dev.annex.plugins.partnerlinks.api.Terms;
import dev.annex.plugins.partnerlinks.api.PartnershipListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenant's requests and partnerships, and ending a partnership with everything that hangs on it. */
final class PartnershipBook {

    private final PluginContext plugin;
    private final Tenant tenant;

    PartnershipBook(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    EntityManager em() {
        return plugin.persistence().entityManager(tenant);
    }

    Instant now() {
        return plugin.clock().instant();
    }

    Terms terms() {
        return Terms.of(plugin.settings().text(tenant, PartnerLinksPlugin.TERMS));
    }

    List<CollaborationRequest> requestsOf(long partnerId) {
        return em().createQuery("SELECT r FROM CollaborationRequest r WHERE r.partnerId = :partner ORDER BY r.id DESC",
                CollaborationRequest.class).setParameter("partner", partnerId).setMaxResults(500).getResultList();
    }

    Optional<CollaborationRequest> requestByLink(long linkId) {
        return em().createQuery("SELECT r FROM CollaborationRequest r WHERE r.linkId = :link", CollaborationRequest.class)
                .setParameter("link", linkId).getResultStream().findFirst();
    }

    /** Active partnerships the organisation is either side of. */
    List<PartnershipRow> activeOf(long organisationId) {
        return em().createQuery("SELECT p FROM PartnershipRow p WHERE p.endedAt IS NULL"
                        + " AND (p.partnerId = :org OR p.customerId = :org) ORDER BY p.id", PartnershipRow.class)
                .setParameter("org", organisationId).getResultList();
    }

    List<PartnershipRow> activeForCustomer(long customerId) {
        return em().createQuery("SELECT p FROM PartnershipRow p WHERE p.endedAt IS NULL AND p.customerId = :org"
                + " ORDER BY p.id", PartnershipRow.class).setParameter("org", customerId).getResultList();
    }

    List<PartnershipRow> activeForPartner(long partnerId) {
        return em().createQuery("SELECT p FROM PartnershipRow p WHERE p.endedAt IS NULL AND p.partnerId = :org"
                + " ORDER BY p.id", PartnershipRow.class).setParameter("org", partnerId).getResultList();
    }

    Optional<PartnershipRow> activeBetween(long partnerId, long customerId) {
        return em().createQuery("SELECT p FROM PartnershipRow p WHERE p.endedAt IS NULL AND p.partnerId = :partner"
                        + " AND p.customerId = :customer", PartnershipRow.class)
                .setParameter("partner", partnerId).setParameter("customer", customerId).getResultStream().findFirst();
    }

    Optional<PartnershipRow> find(long id) {
        return Optional.ofNullable(em().find(PartnershipRow.class, id));
    }

    /** Locked, so two people ending it at once end it once. */
    Optional<PartnershipRow> lockActive(long id) {
        return Optional.ofNullable(em().find(PartnershipRow.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(p -> p.endedAt == null);
    }

    /**
     * Ends a partnership and tells the plugins that depend on this one (case-sharing ends its
     * shares), all in this transaction: if any of them fails, nothing ends.
     */
    void end(PartnershipRow row, long by) {
        row.endedAt = now();
        row.endedBy = by;
        em().flush();
        Partnership ended = row.toRecord();
        for (PartnershipListener listener : plugin.services().fromDependants(tenant, PartnershipListener.class)) {
            listener.onPartnershipEnded(tenant, ended, by);
        }
        plugin.audit().record(tenant, by, "partnership.removed", name(row.partnerId) + " and " + name(row.customerId)
                + " (partnership " + row.id + ")");
    }

    String name(long organisationId) {
        return plugin.helpDesk().organisation(tenant, organisationId).map(OrganisationInfo::name).orElse("(removed)");
    }

    Views.RequestView view(CollaborationRequest r) {
        LinkStatus status = r.statusAt(now());
        return new Views.RequestView(r.id, r.name, r.createdAt, r.expiresAt, status.name(), status.label(),
                r.customerId == null ? null : name(r.customerId), r.decidedAt);
    }

    Views.PartnershipView view(PartnershipRow p, long callerOrganisation) {
        boolean iAmPartner = p.partnerId == callerOrganisation;
        long other = iAmPartner ? p.customerId : p.partnerId;
        Optional<OrganisationInfo> organisation = plugin.helpDesk().organisation(tenant, other);
        return new Views.PartnershipView(p.id, iAmPartner ? "CUSTOMER" : "PARTNER", other,
                organisation.map(OrganisationInfo::name).orElse("(removed)"),
                organisation.map(OrganisationInfo::accountNumber).orElse(null), p.defaultLevel.name(),
                Levels.label(p.defaultLevel), p.acceptedAt, p.endedAt);
    }

    List<Views.LevelView> levels() {
        return Levels.CHOICES.stream().map(l -> new Views.LevelView(l,
                Levels.label(dev.annex.plugin.api.access.AccessLevel.valueOf(l)))).toList();
    }

    String defaultLevel() {
        return plugin.settings().text(tenant, PartnerLinksPlugin.DEFAULT_LEVEL);
    }
}
