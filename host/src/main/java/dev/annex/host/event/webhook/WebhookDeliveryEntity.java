package dev.annex.host.event.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one subscription: pending until the receiver answers 2xx, retried with backoff. */
@Entity
@Table(name = "WEBHOOK_DELIVERY")
public class WebhookDeliveryEntity {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TENANT_ID", nullable = false)
    long tenantId;

    @Column(name = "SUBSCRIPTION_ID", nullable = false)
    long subscriptionId;

    @Column(name = "EVENT_ID", nullable = false)
    long eventId;

    /** Sent as the delivery id header, the same on every attempt: what a receiver de-duplicates by. */
    @Column(name = "DELIVERY_UID", nullable = false)
    String uid;

    @Column(nullable = false)
    String status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "LAST_RESPONSE_CODE")
    Integer lastResponseCode;

    @Column(name = "LAST_ERROR")
    String lastError;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "DELIVERED_AT")
    Instant deliveredAt;
}
