package dev.annex.host.event;

import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.tenant.TenantContext;
import dev.annex.plugin.api.event.TicketEventKind;
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
 * Records ticket events in the transaction of the change, with one pending delivery per plugin
 * that listens and is on for the tenant. Nothing reaches a plugin before the change commits, and
 * nothing at all if it rolls back; the dispatcher is woken once it has committed.
 */
@ApplicationScoped
public class TicketEvents {

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

    /** Must be called inside the transaction that makes the change. */
    public void publish(TicketEventKind kind, long ticketId, Long actorId, Map<String, String> details) {
        List<PluginEntry> listening = enablement.active().stream().filter(p -> !p.listeners().isEmpty()).toList();
        if (listening.isEmpty()) {
            return;
        }
        TicketEventEntity event = new TicketEventEntity();
        event.tenantId = tenantContext.current().id();
        event.kind = kind.name();
        event.ticketId = ticketId;
        event.actorId = actorId;
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
