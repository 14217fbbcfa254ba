package dev.annex.plugins.following;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sharing a ticket, and taking a share back. Sharing never gives anyone more than the rules allow:
 * <ul>
 * <li>a contact shares with the members of their own organisation — never with a person outside it;</li>
 * <li>an agent shares with agents, and with contacts of an organisation the ticket belongs to or is shared with;</li>
 * <li>with an organisation: agents always, contacts only if the tenant allows it. Its people may then read
 *     and comment on this one ticket (a host access grant on the ticket, nothing wider); the organisation
 *     gets no mail.</li>
 * </ul>
 * A person shared with follows the ticket, takes part in it, and gets one mail saying so.
 */
final class Sharing {

    private final PluginContext plugin;
    private final Tenant tenant;
    private final Caller caller;

    Sharing(PluginContext plugin, Tenant tenant, Caller caller) {
        this.plugin = plugin;
        this.tenant = tenant;
        this.caller = caller;
    }

    void withPerson(TicketInfo ticket, long personId) {
        PersonInfo person = plugin.helpDesk().person(tenant, personId).filter(PersonInfo::active)
                .orElseThrow(() -> PluginProblem.invalid("personId", "is not an active person of this help desk"));
        if (!caller.isAgent()) {
            if (Roles.isAgent(person) || !Objects.equals(person.organisationId(), caller.organisationId())) {
                throw PluginProblem.invalid("personId", "is outside your organisation: you can share a ticket with"
                        + " the members of your own organisation only");
            }
        } else if (!Roles.isAgent(person) && !inTicketsOrganisations(ticket, person)) {
            throw PluginProblem.invalid("personId", "belongs to an organisation this ticket is neither from nor"
                    + " shared with: share it with their organisation first");
        }
        FollowerStore store = new FollowerStore(plugin, tenant);
        boolean wasFollowing = store.find(ticket.id(), person.id()).isPresent();
        Follower follower = store.follow(ticket.id(), person.id(), Follower.Via.SHARED);
        if (!Roles.isAgent(person) && person.id() != ticket.requesterId()) {
            follower.addedParticipant(plugin.helpDesk().addParticipant(tenant, ticket.id(), person.id()));
        }
        if (!wasFollowing) {
            new Notifier(plugin, tenant).direct(person, ticket, "shared with you",
                    caller.displayName() + " shared ticket #" + ticket.number() + " \"" + ticket.subject()
                            + "\" with you. You now follow it and get mail when it is updated or commented.");
        }
        plugin.audit().record(tenant, caller.personId(), "following.shared",
                "ticket #" + ticket.number() + " shared with " + person.email());
    }

    private boolean inTicketsOrganisations(TicketInfo ticket, PersonInfo person) {
        if (person.organisationId() == null) {
            return false;
        }
        return person.organisationId().equals(ticket.organisationId()) || shares(ticket.id()).stream()
                .anyMatch(s -> s.organisationId() == person.organisationId());
    }

    void withOrganisation(TicketInfo ticket, long organisationId) {
        if (!mayShareWithOrganisations()) {
            throw PluginProblem.forbidden("This help desk does not let contacts share tickets with other organisations.");
        }
        OrganisationInfo organisation = plugin.helpDesk().organisation(tenant, organisationId)
                .filter(OrganisationInfo::active)
                .orElseThrow(() -> PluginProblem.invalid("organisationId", "is not an active organisation of this help desk"));
        if (Objects.equals(ticket.organisationId(), organisation.id())) {
            throw PluginProblem.conflict("organisationId", "is the ticket's own organisation already");
        }
        if (share(ticket.id(), organisation.id()).isPresent()) {
            return;
        }
        var grant = plugin.accessGrants().grant(tenant, new GrantRequest(Subject.organisation(organisation.id()),
                Target.ticket(ticket.id()), AccessLevel.COMMENT, null));
        var em = plugin.persistence().entityManager(tenant);
        em.persist(new OrganisationShare(ticket.id(), organisation.id(), grant.id(), caller.personId(),
                plugin.clock().instant()));
        em.flush();
        plugin.audit().record(tenant, caller.personId(), "following.shared",
                "ticket #" + ticket.number() + " shared with organisation " + organisation.name());
    }

    void removeOrganisation(TicketInfo ticket, long organisationId) {
        if (Objects.equals(ticket.organisationId(), organisationId)) {
            throw PluginProblem.conflict("organisationId", "is the ticket's own organisation, which cannot be removed");
        }
        OrganisationShare share = share(ticket.id(), organisationId)
                .orElseThrow(() -> PluginProblem.notFound("The ticket is not shared with organisation " + organisationId));
        plugin.accessGrants().revoke(tenant, share.grantId());
        var em = plugin.persistence().entityManager(tenant);
        em.remove(share);
        em.flush();
        plugin.audit().record(tenant, caller.personId(), "following.unshared",
                "ticket #" + ticket.number() + " no longer shared with organisation " + organisationId);
    }

    boolean mayShareWithOrganisations() {
        return caller.isAgent() || plugin.settings().bool(tenant, TicketFollowingPlugin.CONTACTS_SHARE_WITH_ORGANISATIONS);
    }

    List<OrganisationShare> shares(long ticketId) {
        return plugin.persistence().entityManager(tenant)
                .createQuery("SELECT s FROM OrganisationShare s WHERE s.ticketId = :ticket ORDER BY s.id",
                        OrganisationShare.class)
                .setParameter("ticket", ticketId).getResultList();
    }

    private Optional<OrganisationShare> share(long ticketId, long organisationId) {
        return shares(ticketId).stream().filter(s -> s.organisationId() == organisationId).findFirst();
    }
}
