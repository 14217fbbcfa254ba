package dev.annex.host.web.openapi;

import static dev.annex.host.web.openapi.Json.object;

import dev.annex.host.event.webhook.WebhookEventType;
import dev.annex.host.event.webhook.WebhookPayload;
import dev.annex.host.event.webhook.WebhookSignature;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's {@code webhooks} section (OpenAPI 3.1): the POST Annex sends to a subscribed URL,
 * with its body (the payload record itself, described like every other schema) and the headers a
 * receiver verifies.
 */
final class WebhookDocument {

    static final String TAG = "webhooks";
    static final String DESCRIPTION = "Webhooks: a tenant administrator subscribes a URL to ticket events "
            + "(POST /api/t/{tenant}/webhooks); each event is POSTed to it as JSON, signed, and retried with "
            + "backoff until the receiver answers 2xx.";

    private WebhookDocument() {
    }

    static Map<String, Object> webhooks(Schemas schemas) {
        Map<String, Object> payload = schemas.output(WebhookPayload.class);
        Map<String, Object> component = schemas.components().get(WebhookPayload.class.getSimpleName());
        if (component != null && component.get("properties") instanceof Map<?, ?> properties
                && properties.get("type") instanceof Map<?, ?> type) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typeSchema = (Map<String, Object>) type;
            typeSchema.put("type", "string");
            typeSchema.put("enum", Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wire).toList());
        }
        Map<String, Object> webhooks = new LinkedHashMap<>();
        webhooks.put("ticketEvent", object("post", object(
                "operationId", "receiveTicketEvent",
                "tags", List.of(TAG),
                "summary", "A ticket event, POSTed to the subscribed URL",
                "description", "Sent for each event type the subscription names. Verify before trusting it: "
                        + "compute HMAC-SHA256 with the subscription's secret (its UTF-8 bytes) as the key over "
                        + "the " + WebhookSignature.TIMESTAMP_HEADER + " value, a '.', and the raw body; "
                        + "compare 'v1=' + its lowercase hex with " + WebhookSignature.SIGNATURE_HEADER
                        + " in constant time; refuse a timestamp more than five minutes from your clock (replay). "
                        + "A delivery that fails is sent again with the same " + WebhookSignature.ID_HEADER
                        + " (and a new timestamp and signature): de-duplicate by it. Any 2xx answer accepts "
                        + "the delivery; anything else, a timeout (10 s) or a redirect is a failure, retried "
                        + "with backoff; a subscription failing for a day is paused and its administrator mailed.",
                "security", List.of(),
                "parameters", List.of(
                        header(WebhookSignature.ID_HEADER, "The delivery id, the same on every attempt",
                                object("type", "string", "format", "uuid")),
                        header(WebhookSignature.EVENT_HEADER, "The event type, as in the body's type",
                                object("type", "string")),
                        header(WebhookSignature.TIMESTAMP_HEADER, "When this attempt was signed, Unix seconds",
                                object("type", "integer", "format", "int64")),
                        header(WebhookSignature.SIGNATURE_HEADER,
                                "v1= and the lowercase hex HMAC-SHA256 of timestamp + '.' + body",
                                object("type", "string", "pattern", "^v1=[0-9a-f]{64}$"))),
                "requestBody", object("required", true,
                        "content", object("application/json", object("schema", payload))),
                "responses", object(
                        "200", object("description", "Accepted (any 2xx does); the delivery is not sent again"),
                        "500", object("description", "Any other answer: the delivery is tried again later")))));
        return webhooks;
    }

    private static Map<String, Object> header(String name, String description, Map<String, Object> schema) {
        return object("name", name, "in", "header", "required", true, "description", description, "schema", schema);
    }
}
