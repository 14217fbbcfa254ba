package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The followers table of one tenant. The creator's row is made on first touch, so tickets older than the plugin have one too. */
final class FollowerStore {

    private final PluginContext plugin;
    private final Tenant tenant;

    FollowerStore(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    private EntityManager em() {
        return plugin.persistence().entityManager(tenant);
    }

    /** Makes sure the ticket's requester follows it, as its creator; idempotent. */
    void ensureCreator(TicketInfo ticket) {
        Optional<Follower> existing = find(ticket.id(), ticket.requesterId());
        if (existing.isPresent()) {
            if (!existing.get().creator()) {
                existing.get().makeCreator();
            }
            return;
        }
        em().persist(new Follower(ticket.id(), ticket.requesterId(), Follower.Via.CREATOR, plugin.clock().instant()));
        em().flush();
    }

    Optional<Follower> find(long ticketId, long personId) {
        return em().createQuery("SELECT f FROM Follower f WHERE f.ticketId = :ticket AND f.personId = :person",
                        Follower.class)
                .setParameter("ticket", ticketId).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    /** Adds the follower, or returns the existing row (which keeps its own way in and notification choice). */
    Follower follow(long ticketId, long personId, Follower.Via via) {
        return find(ticketId, personId).orElseGet(() -> {
            Follower follower = new Follower(ticketId, personId, via, plugin.clock().instant());
            em().persist(follower);
            em().flush();
            return follower;
        });
    }

    void remove(Follower follower) {
        em().remove(follower);
        em().flush();
    }

    List<Follower> ofTicket(long ticketId) {
        return em().createQuery("SELECT f FROM Follower f WHERE f.ticketId = :ticket ORDER BY f.creator DESC, f.id",
                Follower.class).setParameter("ticket", ticketId).getResultList();
    }

    List<Follower> ofPerson(long personId) {
        return em().createQuery("SELECT f FROM Follower f WHERE f.personId = :person ORDER BY f.ticketId DESC",
                Follower.class).setParameter("person", personId).setMaxResults(500).getResultList();
    }
}
