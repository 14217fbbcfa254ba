package dev.annex.host.event.webhook;

/** The answer that creates a subscription: the only one that shows its signing secret. */
public record CreatedWebhook(WebhookSubscription subscription, String secret) {
}
