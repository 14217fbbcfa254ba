package dev.annex.host.event.webhook;

import dev.annex.host.mail.MailOutbox;
import dev.annex.host.time.BackoffPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery rows the webhook dispatcher works through, each outcome in a transaction of its
 * own. A failed delivery is tried again after the backoff's wait, without a limit of attempts: it
 * is the subscription that gives up, paused once it has failed for {@code annex.webhooks.pause-after}
 * (a day) without a success in between, and its administrator is mailed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookStore {

    /** A delivery that is due, with where it goes and the key it is signed with. */
    public record Due(long deliveryId, String uid, long tenantId, long subscriptionId, String url, String secret,
                      long eventId) {
    }

    private static final Logger LOG = Logger.getLogger(WebhookStore.class.getName());

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final MailOutbox outbox;
    private final Clock clock;
    private final BackoffPolicy backoff;
    private final Duration pauseAfter;

    @Inject
    public WebhookStore(MailOutbox outbox, Clock clock,
                        @ConfigProperty(name = "annex.webhooks.retry-first", defaultValue = "PT10S") Duration retryFirst,
                        @ConfigProperty(name = "annex.webhooks.retry-cap", defaultValue = "PT1H") Duration retryCap,
                        @ConfigProperty(name = "annex.webhooks.pause-after", defaultValue = "PT24H") Duration pauseAfter) {
        this.outbox = outbox;
        this.clock = clock;
        this.backoff = retryFirst == null ? null : new BackoffPolicy(retryFirst, retryCap);
        this.pauseAfter = pauseAfter;
    }

    protected WebhookStore() {
        this(null, null, null, null, null);
    }

    /** Pending deliveries of active subscriptions whose time has come, oldest first. */
    public List<Due> due(int limit) {
        return em.createQuery("SELECT d, s FROM WebhookDeliveryEntity d, WebhookSubscriptionEntity s"
                        + " WHERE s.id = d.subscriptionId AND s.tenantId = d.tenantId AND s.status = :active"
                        + " AND d.status = :pending AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt, d.id",
                        Object[].class)
                .setParameter("active", WebhookSubscriptionEntity.ACTIVE)
                .setParameter("pending", WebhookDeliveryEntity.PENDING)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> {
                    WebhookDeliveryEntity d = (WebhookDeliveryEntity) row[0];
                    WebhookSubscriptionEntity s = (WebhookSubscriptionEntity) row[1];
                    return new Due(d.id, d.uid, d.tenantId, s.id, s.url, s.secret, d.eventId);
                })
                .toList();
    }

    /** The receiver answered 2xx: delivered, and the subscription is healthy again. */
    public void delivered(Due due, int responseCode) {
        Instant now = Instant.now(clock);
        WebhookDeliveryEntity d = em.find(WebhookDeliveryEntity.class, due.deliveryId());
        WebhookSubscriptionEntity s = em.find(WebhookSubscriptionEntity.class, due.subscriptionId());
        if (d == null || s == null) {
            return; // deleted while it was being sent
        }
        d.attempts++;
        d.status = WebhookDeliveryEntity.DELIVERED;
        d.lastResponseCode = responseCode;
        d.lastError = null;
        d.deliveredAt = now;
        s.lastStatus = "DELIVERED";
        s.lastResponseCode = responseCode;
        s.lastDeliveryAt = now;
        s.failingSince = null;
    }

    /**
     * The receiver answered otherwise, or could not be reached ({@code responseCode} null): tried
     * again after the backoff, and the subscription paused once it has failed for the window.
     */
    public void failed(Due due, Integer responseCode, String error) {
        Instant now = Instant.now(clock);
        WebhookDeliveryEntity d = em.find(WebhookDeliveryEntity.class, due.deliveryId());
        WebhookSubscriptionEntity s = em.find(WebhookSubscriptionEntity.class, due.subscriptionId());
        if (d == null || s == null) {
            return;
        }
        d.attempts++;
        d.lastResponseCode = responseCode;
        d.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        d.nextAttemptAt = now.plus(backoff.delayAfter(d.attempts));
        s.lastStatus = "FAILED";
        s.lastResponseCode = responseCode;
        s.lastDeliveryAt = now;
        if (s.failingSince == null) {
            s.failingSince = now;
        }
        if (WebhookSubscriptionEntity.ACTIVE.equals(s.status) && !now.isBefore(s.failingSince.plus(pauseAfter))) {
            s.status = WebhookSubscriptionEntity.PAUSED;
            s.pausedAt = now;
            LOG.warning(() -> "Webhook subscription " + s.id + " of tenant " + s.tenantId + " paused: failing since "
                    + s.failingSince);
            outbox.queue(s.tenantId, MailOutbox.HOST_SOURCE, s.adminEmail, "Webhook paused: " + abbreviate(s.url),
                    "Annex has paused the webhook subscription " + s.id + " to " + s.url + ".\n\n"
                            + "Its deliveries have failed since " + s.failingSince + " (last: "
                            + (responseCode == null ? error : "HTTP " + responseCode) + ").\n"
                            + "What happens meanwhile is kept. Once the receiver works again, resume the subscription"
                            + " (POST /api/t/{tenant}/webhooks/" + s.id + "/resume) and the pending deliveries are"
                            + " sent.\n");
        }
    }

    private static String abbreviate(String url) {
        return url.length() > 120 ? url.substring(0, 117) + "..." : url;
    }
}
