package dev.annex.host.event.webhook;

import dev.annex.host.event.DeliveryStore;
import dev.annex.host.event.TicketEvents;
import dev.annex.host.time.PollingLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the pending webhook deliveries, off the request thread: polled every two seconds and woken
 * after each commit that recorded events, like the plugins' listeners (both work through the same
 * ticket event feed). Each attempt is a signed POST (see {@link WebhookSignature}); a 2xx answer
 * delivers it, anything else (another status, a timeout, no connection, a redirect) is a failure
 * tried again later (see {@link WebhookStore}).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int BATCH = 50;
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final WebhookStore store;
    private final DeliveryStore events;
    private final WebhookTargets targets;
    private final Clock clock;
    private final Duration timeout;
    private final PollingLoop loop = new PollingLoop("webhook delivery", POLL_INTERVAL, this::deliverDue);
    private volatile HttpClient http;

    @Inject
    public WebhookDispatcher(WebhookStore store, DeliveryStore events, WebhookTargets targets, Clock clock,
                             @ConfigProperty(name = "annex.webhooks.timeout", defaultValue = "PT10S") Duration timeout) {
        this.store = store;
        this.events = events;
        this.targets = targets;
        this.clock = clock;
        this.timeout = timeout;
    }

    protected WebhookDispatcher() {
        this(null, null, null, null, Duration.ZERO);
    }

    public void start() {
        // Redirects are never followed: a receiver could otherwise send the host on to an internal address.
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        loop.start(scheduler, POLL_INTERVAL);
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketEvents.Recorded recorded) {
        loop.wake();
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    private void deliverDue() {
        List<WebhookStore.Due> due;
        do {
            due = store.due(BATCH);
            due.forEach(this::deliver);
        } while (due.size() == BATCH);
    }

    private void deliver(WebhookStore.Due due) {
        URI target = URI.create(due.url());
        String refused = targets.refusedNow(target);
        if (refused != null) {
            store.failed(due, null, refused);
            return;
        }
        WebhookPayload payload = WebhookPayload.of(due.uid(), events.event(due.eventId()));
        String body = JSON.toJson(payload);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Annex-Webhooks/1")
                .header(WebhookSignature.ID_HEADER, due.uid())
                .header(WebhookSignature.EVENT_HEADER, payload.type())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(due.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                store.delivered(due, response.statusCode());
            } else {
                store.failed(due, response.statusCode(), "the receiver answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            store.failed(due, null, "could not deliver: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
