package dev.annex.host.event;

import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.helpdesk.ChangeFeed;
import dev.annex.host.helpdesk.TicketChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Raises the plugins' ticket events, in one place: from the changes the help desk reports to its
 * {@link ChangeFeed}, in the transaction of the change, with one pending delivery per plugin that
 * listens and is on for the tenant. Nothing reaches a plugin before the change commits, and nothing
 * at all if it rolls back; the dispatcher is woken once it has committed (it observes {@link Recorded}). A change that names its
 * origin is raised once however often it is reported.
 */
@ApplicationScoped
public class TicketEvents implements ChangeFeed {

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final TenantContext tenantContext;
    private final PluginEnablement enablement;
    private final Event<Recorded> recorded;
    private final Clock clock;
    private final Instance<FeedSubscribers> subscribers;

    @Inject
    public TicketEvents(TenantContext tenantContext, PluginEnablement enablement, Event<Recorded> recorded, Clock clock,
                        Instance<FeedSubscribers> subscribers) {
        this.tenantContext = tenantContext;
        this.enablement = enablement;
        this.recorded = recorded;
        this.clock = clock;
        this.subscribers = subscribers;
    }

    protected TicketEvents() {
        this(null, null, null, null, null);
    }

    private boolean alreadyRaised(long tenantId, String origin) {
        return !em.createQuery("SELECT e.id FROM TicketEventEntity e WHERE e.tenantId = :tenant AND e.origin = :origin",
                        Long.class)
                .setParameter("tenant", tenantId).setParameter("origin", origin).setMaxResults(1).getResultList().isEmpty();
    }

    /** Called inside the transaction that makes (or applies) the change. */
    @Override
    public void ticketChanged(TicketChanged change) {
        long tenantId = tenantContext.current().id();
        if (change.origin() != null && alreadyRaised(tenantId, change.origin())) {
            return;
        }
        List<PluginEntry> listening = enablement.active().stream().filter(p -> !p.listeners().isEmpty()).toList();
        List<FeedSubscribers> wanting = subscribers.stream().filter(s -> s.wants(tenantId, change.kind())).toList();
        // An event with an origin is kept even when no one listens: it is how a second report is recognised.
        if (listening.isEmpty() && wanting.isEmpty() && change.origin() == null) {
            return;
        }
        Map<String, String> details = change.details();
        TicketEventEntity event = new TicketEventEntity();
        event.tenantId = tenantId;
        event.kind = change.kind().name();
        event.ticketId = change.ticketId();
        event.actorId = change.actorId();
        event.origin = change.origin();
        event.occurredAt = Instant.now(clock);
        event.details = EventDetails.toJson(details);
        em.persist(event);
        em.flush();
        for (PluginEntry plugin : listening) {
            EventDeliveryEntity delivery = new EventDeliveryEntity();
            delivery.tenantId = event.tenantId;
            delivery.eventId = event.id;
            delivery.pluginId = plugin.info().id();
            delivery.status = EventDispatcher.PENDING;
            delivery.nextAttemptAt = event.occurredAt;
            em.persist(delivery);
        }
        for (FeedSubscribers subscriber : wanting) {
            subscriber.recorded(tenantId, event.id, change.kind(), event.occurredAt);
        }
        if (!listening.isEmpty() || !wanting.isEmpty()) {
            recorded.fire(new Recorded());
        }
    }

    /** Deliveries were recorded in a transaction; observed once it has committed, to deliver them at once. */
    public record Recorded() {
    }
}
