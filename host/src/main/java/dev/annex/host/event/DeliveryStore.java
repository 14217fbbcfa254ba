package dev.annex.host.event;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventKind;
import dev.annex.host.tenant.TenantEntity;
import dev.annex.host.time.BackoffPolicy;
import dev.annex.host.time.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The delivery rows the dispatcher works through, each change in a transaction of its own. A due row
 * is claimed before it is delivered, so nodes sharing the database never deliver one twice at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryStore {

    /** A delivery that is due, with everything needed to make it. */
    public record Due(long deliveryId, String pluginId, TicketEvent event, int attempts) {
    }

    /** 2 s, 4 s, … up to 10 min, ten attempts: a listener that fails for a moment is soon tried again. */
    static final RetryPolicy RETRIES = new RetryPolicy(new BackoffPolicy(Duration.ofSeconds(2), Duration.ofMinutes(10)), 10);

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final Clock clock;

    @Inject
    public DeliveryStore(Clock clock) {
        this.clock = clock;
    }

    protected DeliveryStore() {
        this(null);
    }

    public List<Due> due(int limit) {
        return em.createQuery("SELECT d FROM EventDeliveryEntity d WHERE d.status = :pending AND d.nextAttemptAt <= :now"
                        + " ORDER BY d.nextAttemptAt, d.id", EventDeliveryEntity.class)
                .setParameter("pending", EventDispatcher.PENDING)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(limit)
                .getResultList().stream()
                .map(d -> new Due(d.id, d.pluginId, event(d.eventId), d.attempts))
                .toList();
    }

    /**
     * Claims a due delivery for one attempt by moving its next attempt to {@code leaseUntil}: of the
     * nodes (or overlapping rounds) that read it as due, exactly one wins, and the others skip it. If
     * the winner dies before recording the outcome, the delivery is due again when the lease ends.
     *
     * @return whether this caller is to deliver it
     */
    public boolean claim(long deliveryId, Duration lease) {
        Instant now = Instant.now(clock);
        return em.createQuery("UPDATE EventDeliveryEntity d SET d.nextAttemptAt = :lease"
                        + " WHERE d.id = :id AND d.status = :pending AND d.nextAttemptAt <= :now")
                .setParameter("lease", now.plus(lease))
                .setParameter("id", deliveryId)
                .setParameter("pending", EventDispatcher.PENDING)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    public void delivered(long deliveryId) {
        finish(deliveryId, EventDispatcher.DELIVERED, null);
    }

    public void dropped(long deliveryId, String reason) {
        finish(deliveryId, EventDispatcher.DROPPED, reason);
    }

    /** Schedules another attempt with a doubling delay, or gives up (see {@link #RETRIES}). */
    public void failed(long deliveryId, String error) {
        EventDeliveryEntity d = em.find(EventDeliveryEntity.class, deliveryId);
        d.attempts++;
        d.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        RETRIES.nextAttempt(d.attempts, Instant.now(clock)).ifPresentOrElse(
                next -> d.nextAttemptAt = next, () -> d.status = EventDispatcher.FAILED);
    }

    private void finish(long deliveryId, String status, String note) {
        EventDeliveryEntity d = em.find(EventDeliveryEntity.class, deliveryId);
        d.status = status;
        d.lastError = note;
        d.deliveredAt = Instant.now(clock);
    }

    /** A recorded event as listeners and webhooks get it. */
    public TicketEvent event(long eventId) {
        TicketEventEntity e = em.find(TicketEventEntity.class, eventId);
        TenantEntity tenant = em.find(TenantEntity.class, e.tenantId);
        return new TicketEvent(e.id, new Tenant(e.tenantId, tenant.toRecord().slug()), TicketEventKind.valueOf(e.kind),
                e.ticketId, e.actorId, e.occurredAt, EventDetails.fromJson(e.details));
    }
}
