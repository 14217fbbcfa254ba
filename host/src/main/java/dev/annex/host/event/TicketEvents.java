package dev.annex.host.event;

import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.helpdesk.ChangeFeed;
import dev.annex.host.helpdesk.TicketChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Raises the plugins' ticket events, in one place: from the changes the help desk reports to its
 * {@link ChangeFeed}, in the transaction of the change, with one pending delivery per plugin that
 * listens and is on for the tenant. Nothing reaches a plugin before the change commits, and nothing
 * at all if it rolls back; the dispatcher is woken once it has committed. A change that names its
 * origin is raised once however often it is reported.
 */
@ApplicationScoped
public class TicketEvents implements ChangeFeed {

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final TenantContext tenantContext;
    private final PluginEnablement enablement;
    private final EventDispatcher dispatcher;
    private final Clock clock;

    @Inject
    public TicketEvents(TenantContext tenantContext, PluginEnablement enablement, EventDispatcher dispatcher, Clock clock) {
        this.tenantContext = tenantContext;
        this.enablement = enablement;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    protected TicketEvents() {
        this(null, null, null, null);
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
        // An event with an origin is kept even when no one listens: it is how a second report is recognised.
        if (listening.isEmpty() && change.origin() == null) {
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
        event.details = new TreeMap<>(details).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace('\n', ' ')).collect(Collectors.joining("\n"));
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
        if (listening.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }
}
