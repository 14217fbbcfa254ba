package dev.annex.host.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one listening plugin: pending until delivered, retried with backoff. */
@Entity
@Table(name = "EVENT_DELIVERY")
public class EventDeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TENANT_ID", nullable = false)
    long tenantId;

    @Column(name = "EVENT_ID", nullable = false)
    long eventId;

    @Column(name = "PLUGIN_ID", nullable = false)
    String pluginId;

    @Column(nullable = false)
    String status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "LAST_ERROR")
    String lastError;

    @Column(name = "DELIVERED_AT")
    Instant deliveredAt;
}
