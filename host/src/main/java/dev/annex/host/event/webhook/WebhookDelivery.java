package dev.annex.host.event.webhook;

import java.time.Instant;

/**
 * One event's delivery to a subscription.
 *
 * @param id               the delivery id, sent as {@value WebhookSignature#ID_HEADER} on every attempt
 * @param status           PENDING (not yet accepted; retried) or DELIVERED
 * @param lastResponseCode the receiver's HTTP status of the last attempt, null if none was had
 */
public record WebhookDelivery(String id, long eventId, String status, int attempts, Integer lastResponseCode,
                              String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {

    static WebhookDelivery of(WebhookDeliveryEntity d) {
        return new WebhookDelivery(d.uid, d.eventId, d.status, d.attempts, d.lastResponseCode, d.lastError, d.createdAt,
                WebhookDeliveryEntity.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
