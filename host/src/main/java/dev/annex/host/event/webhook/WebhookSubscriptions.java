package dev.annex.host.event.webhook;

import dev.annex.host.event.FeedSubscribers;
import dev.annex.host.refusal.Refusal;
import dev.annex.plugin.api.event.TicketEventKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's webhook subscriptions: made, listed, resumed and removed by its administrators, every
 * query scoped to the tenant (another tenant's id is not found); and the feed's consumer that
 * queues one delivery per event and active subscription, in the change's own transaction.
 */
@ApplicationScoped
@Transactional
public class WebhookSubscriptions implements FeedSubscribers {

    static final int MAX_PER_TENANT = 20;
    static final int LISTED_DELIVERIES = 100;

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final WebhookTargets targets;
    private final Clock clock;

    @Inject
    public WebhookSubscriptions(WebhookTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    protected WebhookSubscriptions() {
        this(null, null);
    }

    public CreatedWebhook create(long tenantId, String url, List<String> events, String adminEmail) {
        String target = targets.validate(url).toString();
        List<WebhookEventType> types = types(events);
        long existing = em.createQuery("SELECT COUNT(s) FROM WebhookSubscriptionEntity s WHERE s.tenantId = :tenant",
                Long.class).setParameter("tenant", tenantId).getSingleResult();
        if (existing >= MAX_PER_TENANT) {
            throw Refusal.conflict(null, "A tenant has at most " + MAX_PER_TENANT + " webhook subscriptions.");
        }
        WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
        s.tenantId = tenantId;
        s.url = target;
        s.events = String.join(",", types.stream().map(WebhookEventType::wire).toList());
        s.secret = WebhookSignature.newSecret();
        s.status = WebhookSubscriptionEntity.ACTIVE;
        s.adminEmail = adminEmail;
        s.createdAt = Instant.now(clock);
        em.persist(s);
        em.flush();
        return new CreatedWebhook(WebhookSubscription.of(s), s.secret);
    }

    public List<WebhookSubscription> list(long tenantId) {
        return em.createQuery("SELECT s FROM WebhookSubscriptionEntity s WHERE s.tenantId = :tenant ORDER BY s.id",
                        WebhookSubscriptionEntity.class)
                // Asked in the middle of the change that raises the event (an RT feed batch applies
                // several): flushing that change half-way here broke a batch with two events of one ticket.
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter("tenant", tenantId).getResultList().stream().map(WebhookSubscription::of).toList();
    }

    public WebhookSubscription get(long tenantId, long id) {
        return WebhookSubscription.of(find(tenantId, id));
    }

    /** The newest deliveries first, at most {@value #LISTED_DELIVERIES}. */
    public List<WebhookDelivery> deliveries(long tenantId, long subscriptionId) {
        find(tenantId, subscriptionId);
        return em.createQuery("SELECT d FROM WebhookDeliveryEntity d WHERE d.tenantId = :tenant"
                        + " AND d.subscriptionId = :subscription ORDER BY d.id DESC", WebhookDeliveryEntity.class)
                .setParameter("tenant", tenantId).setParameter("subscription", subscriptionId)
                .setMaxResults(LISTED_DELIVERIES).getResultList().stream().map(WebhookDelivery::of).toList();
    }

    /** A paused subscription delivers again, starting with what is still pending, now. */
    public WebhookSubscription resume(long tenantId, long id) {
        WebhookSubscriptionEntity s = find(tenantId, id);
        if (WebhookSubscriptionEntity.PAUSED.equals(s.status)) {
            Instant now = Instant.now(clock);
            s.status = WebhookSubscriptionEntity.ACTIVE;
            s.pausedAt = null;
            s.failingSince = null;
            em.createQuery("UPDATE WebhookDeliveryEntity d SET d.nextAttemptAt = :now WHERE d.tenantId = :tenant"
                            + " AND d.subscriptionId = :subscription AND d.status = :pending")
                    .setParameter("now", now).setParameter("tenant", tenantId).setParameter("subscription", id)
                    .setParameter("pending", WebhookDeliveryEntity.PENDING).executeUpdate();
        }
        return WebhookSubscription.of(s);
    }

    /** Removes the subscription and its deliveries: nothing more is sent to it. */
    public void delete(long tenantId, long id) {
        WebhookSubscriptionEntity s = find(tenantId, id);
        em.createQuery("DELETE FROM WebhookDeliveryEntity d WHERE d.tenantId = :tenant AND d.subscriptionId = :subscription")
                .setParameter("tenant", tenantId).setParameter("subscription", id).executeUpdate();
        em.remove(s);
    }

    @Override
    public boolean wants(long tenantId, TicketEventKind kind) {
        return !subscribed(tenantId, kind).isEmpty();
    }

    @Override
    public void recorded(long tenantId, long eventId, TicketEventKind kind, Instant occurredAt) {
        for (WebhookSubscriptionEntity s : subscribed(tenantId, kind)) {
            WebhookDeliveryEntity d = new WebhookDeliveryEntity();
            d.tenantId = tenantId;
            d.subscriptionId = s.id;
            d.eventId = eventId;
            d.uid = UUID.randomUUID().toString();
            d.status = WebhookDeliveryEntity.PENDING;
            d.nextAttemptAt = occurredAt;
            d.createdAt = occurredAt;
            em.persist(d);
        }
    }

    /**
     * Paused subscriptions are included: what happens while one is paused is kept and delivered
     * once it is resumed.
     */
    private List<WebhookSubscriptionEntity> subscribed(long tenantId, TicketEventKind kind) {
        String wire = WebhookEventType.of(kind).wire();
        return em.createQuery("SELECT s FROM WebhookSubscriptionEntity s WHERE s.tenantId = :tenant ORDER BY s.id",
                        WebhookSubscriptionEntity.class)
                // Asked in the middle of the change that raises the event (an RT feed batch applies
                // several): flushing that change half-way here broke a batch with two events of one ticket.
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter("tenant", tenantId).getResultList().stream()
                .filter(s -> List.of(s.events.split(",")).contains(wire)).toList();
    }

    private WebhookSubscriptionEntity find(long tenantId, long id) {
        return em.createQuery("SELECT s FROM WebhookSubscriptionEntity s WHERE s.tenantId = :tenant AND s.id = :id",
                        WebhookSubscriptionEntity.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("webhook", id));
    }

    private static List<WebhookEventType> types(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw Refusal.invalid("events", "name at least one event type");
        }
        Set<WebhookEventType> types = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String event : events) {
            WebhookEventType.ofWire(event).ifPresentOrElse(types::add, () -> unknown.add(String.valueOf(event)));
        }
        if (!unknown.isEmpty()) {
            throw Refusal.invalid("events", "unknown event types " + unknown + "; known: "
                    + java.util.Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wire).toList());
        }
        return List.copyOf(types);
    }
}
