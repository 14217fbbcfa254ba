package dev.annex.host.event.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as its tenant's administrators see it: never its secret (shown once, see
 * {@link CreatedWebhook}), with how its last delivery went.
 *
 * @param status           ACTIVE, or PAUSED after failing for the configured window
 * @param lastStatus       DELIVERED or FAILED, null before the first attempt
 * @param lastResponseCode the receiver's HTTP status of the last attempt, null if none was had
 */
public record WebhookSubscription(long id, String url, List<String> events, String status, Instant createdAt,
                                  String lastStatus, Integer lastResponseCode, Instant lastDeliveryAt,
                                  Instant failingSince, Instant pausedAt) {

    static WebhookSubscription of(WebhookSubscriptionEntity e) {
        return new WebhookSubscription(e.id, e.url, List.of(e.events.split(",")), e.status, e.createdAt, e.lastStatus,
                e.lastResponseCode, e.lastDeliveryAt, e.failingSince, e.pausedAt);
    }
}
