package dev.annex.host.event.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tenant's subscription of a URL to ticket events. Not EclipseLink-multitenant: the dispatcher
 * works for every tenant; each row names its tenant and every request's query names it too.
 */
@Entity
@Table(name = "WEBHOOK_SUBSCRIPTION")
public class WebhookSubscriptionEntity {

    static final String ACTIVE = "ACTIVE";
    static final String PAUSED = "PAUSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TENANT_ID", nullable = false)
    long tenantId;

    @Column(nullable = false)
    String url;

    /** The subscribed event types, comma-separated ({@link WebhookEventType#wire()}). */
    @Column(nullable = false)
    String events;

    @Column(nullable = false)
    String secret;

    @Column(nullable = false)
    String status;

    /** Who is mailed when the subscription is paused: the administrator who made it. */
    @Column(name = "ADMIN_EMAIL", nullable = false)
    String adminEmail;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "LAST_STATUS")
    String lastStatus;

    @Column(name = "LAST_RESPONSE_CODE")
    Integer lastResponseCode;

    @Column(name = "LAST_DELIVERY_AT")
    Instant lastDeliveryAt;

    /** The first failure since the last success; null while deliveries succeed. */
    @Column(name = "FAILING_SINCE")
    Instant failingSince;

    @Column(name = "PAUSED_AT")
    Instant pausedAt;
}
