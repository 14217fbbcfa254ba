package dev.annex.plugins.grants;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The customer's grants for one tenant: every change writes the plugin's row, the host's grant
 * (what the host's ticket queries and permission checks read) and the audit, in the request's
 * transaction, so they never disagree.
 */
final class GrantBook {

    private final PluginContext plugin;
    private final Tenant tenant;

    GrantBook(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    EntityManager em() {
        return plugin.persistence().entityManager(tenant);
    }

    Instant now() {
        return plugin.clock().instant();
    }

    Duration longest() {
        return plugin.settings().duration(tenant, PermissionGrantsPlugin.MAX_GRANT_DURATION);
    }

    /** Expired grants included: the customer's page shows them as expired. */
    List<PartnerGrant> ofCustomer(long customerId) {
        return em().createQuery("SELECT g FROM PartnerGrant g WHERE g.customerId = :customer ORDER BY g.id",
                PartnerGrant.class).setParameter("customer", customerId).getResultList();
    }

    Optional<PartnerGrant> find(long customerId, long grantId) {
        return em().createQuery("SELECT g FROM PartnerGrant g WHERE g.id = :id AND g.customerId = :customer",
                        PartnerGrant.class)
                .setParameter("id", grantId).setParameter("customer", customerId).getResultStream().findFirst();
    }

    Optional<PartnerGrant> forSubject(long customerId, Subject subject) {
        return em().createQuery("SELECT g FROM PartnerGrant g WHERE g.customerId = :customer"
                        + " AND g.subjectKind = :kind AND g.subjectId = :id", PartnerGrant.class)
                .setParameter("customer", customerId).setParameter("kind", subject.kind())
                .setParameter("id", subject.id()).getResultStream().findFirst();
    }

    /** Grants that name the person or their organisation, on any customer, expired included. */
    List<PartnerGrant> applyingTo(PersonInfo person) {
        return em().createQuery("SELECT g FROM PartnerGrant g WHERE (g.subjectKind = :person AND g.subjectId = :personId)"
                        + " OR (g.subjectKind = :organisation AND g.subjectId = :organisationId) ORDER BY g.id",
                        PartnerGrant.class)
                .setParameter("person", Subject.Kind.PERSON).setParameter("personId", person.id())
                .setParameter("organisation", Subject.Kind.ORGANISATION)
                .setParameter("organisationId", person.organisationId() == null ? -1L : person.organisationId())
                .getResultList();
    }

    /**
     * The grant that decides what the person may do for the customer now: their own live grant,
     * else their organisation's live grant — the same precedence the host applies to tickets.
     */
    Optional<PartnerGrant> effective(PersonInfo person, long customerId) {
        Instant now = now();
        Optional<PartnerGrant> own = forSubject(customerId, Subject.person(person.id())).filter(g -> g.liveAt(now));
        if (own.isPresent() || person.organisationId() == null) {
            return own;
        }
        return forSubject(customerId, Subject.organisation(person.organisationId())).filter(g -> g.liveAt(now));
    }

    PartnerGrant create(long customerId, Subject subject, PartnerLevel level, Instant expiresAt, Long actorId) {
        requireExpiry(expiresAt);
        if (forSubject(customerId, subject).isPresent()) {
            throw PluginProblem.conflict("subject", "has a grant from this organisation already; edit that one");
        }
        PartnerGrant grant = new PartnerGrant(customerId, subject, level, expiresAt, now(), actorId);
        Grant host = plugin.accessGrants().grant(tenant, new GrantRequest(subject,
                Target.organisationTickets(customerId), level.hostLevel(), expiresAt));
        grant.hostGrantId = host.id();
        em().persist(grant);
        em().flush();
        audit(grant, actorId, "grant.created", null, describe(grant));
        return grant;
    }

    PartnerGrant change(PartnerGrant grant, PartnerLevel level, Instant expiresAt, Long actorId) {
        requireExpiry(expiresAt);
        String before = describe(grant);
        grant.level = level;
        grant.expiresAt = expiresAt;
        plugin.accessGrants().update(tenant, grant.hostGrantId, level.hostLevel(), expiresAt);
        for (TicketContact contact : contactsOf(grant.id)) {
            plugin.accessGrants().update(tenant, contact.hostGrantId, AccessLevel.READ, expiresAt);
        }
        em().flush();
        audit(grant, actorId, "grant.updated", before, describe(grant));
        return grant;
    }

    void revoke(PartnerGrant grant, Long actorId) {
        String before = describe(grant);
        plugin.accessGrants().revoke(tenant, grant.hostGrantId);
        for (TicketContact contact : contactsOf(grant.id)) {
            plugin.accessGrants().revoke(tenant, contact.hostGrantId);
            em().remove(contact);
        }
        em().remove(grant);
        em().flush();
        audit(grant, actorId, "grant.revoked", before, null);
    }

    List<TicketContact> contactsOf(long grantId) {
        return em().createQuery("SELECT c FROM TicketContact c WHERE c.grantId = :grant", TicketContact.class)
                .setParameter("grant", grantId).getResultList();
    }

    List<TicketContact> contactsOnTicket(long ticketId) {
        return em().createQuery("SELECT c FROM TicketContact c WHERE c.ticketId = :ticket ORDER BY c.id",
                TicketContact.class).setParameter("ticket", ticketId).getResultList();
    }

    /**
     * Adds a partner contact to a ticket, read-only, for as long as the grant behind it lives;
     * at most one of a ticket's partner contacts is its point of contact.
     */
    TicketContact addContact(long ticketId, PersonInfo person, PartnerGrant backing, boolean pointOfContact,
                             Long actorId) {
        List<TicketContact> present = contactsOnTicket(ticketId);
        if (present.stream().anyMatch(c -> c.personId == person.id())) {
            throw PluginProblem.conflict("personId", "is a partner contact on this ticket already");
        }
        if (pointOfContact && present.stream().anyMatch(TicketContact::isPointOfContact)) {
            throw PluginProblem.conflict("pointOfContact", "this ticket has a partner point of contact already;"
                    + " remove them first");
        }
        Grant host = plugin.accessGrants().grant(tenant, new GrantRequest(Subject.person(person.id()),
                Target.ticket(ticketId), AccessLevel.READ, backing.expiresAt));
        TicketContact contact = new TicketContact(ticketId, person.id(), backing.id, host.id());
        contact.pointOfContact = pointOfContact;
        em().persist(contact);
        em().flush();
        plugin.audit().record(tenant, actorId, "grant.contact-added", person.email() + " added to ticket " + ticketId
                + (pointOfContact ? " as its point of contact" : "") + " under grant " + backing.id);
        return contact;
    }

    /** The partner grant a ticket contact rests on, if it still counts now. */
    Optional<PartnerGrant> liveBacking(TicketContact contact) {
        return Optional.ofNullable(em().find(PartnerGrant.class, contact.grantId)).filter(g -> g.liveAt(now()));
    }

    void removeContact(TicketContact contact, Long actorId) {
        plugin.accessGrants().revoke(tenant, contact.hostGrantId);
        em().remove(contact);
        em().flush();
        plugin.audit().record(tenant, actorId, "grant.contact-removed",
                "person " + contact.personId + " removed from ticket " + contact.ticketId);
    }

    List<GrantAudit> history(long customerId) {
        return em().createQuery("SELECT a FROM GrantAudit a WHERE a.customerId = :customer ORDER BY a.id DESC",
                GrantAudit.class).setParameter("customer", customerId).setMaxResults(200).getResultList();
    }

    /** Required, in the future, and no further ahead than the tenant's longest grant. */
    void requireExpiry(Instant expiresAt) {
        if (expiresAt == null) {
            throw PluginProblem.invalid("expiresAt", "is required");
        }
        Instant now = now();
        if (!expiresAt.isAfter(now)) {
            throw PluginProblem.invalid("expiresAt", "must be in the future");
        }
        Duration longest = longest();
        if (expiresAt.isAfter(now.plus(longest))) {
            throw PluginProblem.invalid("expiresAt", "must be at most " + longest + " from now (this help desk's"
                    + " longest grant), i.e. not after " + now.plus(longest));
        }
    }

    String describe(PartnerGrant grant) {
        return subjectName(grant.subject()) + ": " + grant.level.label() + " until " + grant.expiresAt;
    }

    String subjectName(Subject subject) {
        return switch (subject.kind()) {
            case ORGANISATION -> plugin.helpDesk().organisation(tenant, subject.id())
                    .map(o -> o.name() + " (organisation)").orElse("organisation " + subject.id());
            case PERSON -> plugin.helpDesk().person(tenant, subject.id())
                    .map(p -> p.displayName() + " <" + p.email() + ">").orElse("person " + subject.id());
        };
    }

    private void audit(PartnerGrant grant, Long actorId, String action, String before, String after) {
        em().persist(new GrantAudit(grant.customerId, grant.id, actorId, action, before, after, now()));
        String customer = plugin.helpDesk().organisation(tenant, grant.customerId).map(o -> o.name())
                .orElse("organisation " + grant.customerId);
        plugin.audit().record(tenant, actorId, action, "grant " + grant.id + " of " + customer + "; before: "
                + (before == null ? "none" : before) + "; after: " + (after == null ? "none" : after));
    }
}
