package dev.annex.host.event.webhook;

import dev.annex.plugin.api.event.TicketEvent;
import java.time.Instant;
import java.util.Map;

/**
 * The JSON body of a delivery (documented in the OpenAPI document's {@code webhooks}).
 *
 * @param id         the delivery id, the same as the {@value WebhookSignature#ID_HEADER} header
 * @param type       the event type, such as {@code ticket.status_changed}
 * @param eventId    the event's id in the feed: several subscriptions get the same event with it
 * @param details    what changed, as strings (for a status change: {@code from} and {@code to})
 */
public record WebhookPayload(String id, String type, long eventId, String tenant, long ticketId, Long actorId,
                             Instant occurredAt, Map<String, String> details) {

    static WebhookPayload of(String deliveryId, TicketEvent event) {
        return new WebhookPayload(deliveryId, WebhookEventType.of(event.kind()).wire(), event.id(), event.tenant().slug(),
                event.ticketId(), event.actorId(), event.occurredAt(), event.details());
    }
}
