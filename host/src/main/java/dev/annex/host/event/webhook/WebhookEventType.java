package dev.annex.host.event.webhook;

import dev.annex.plugin.api.event.TicketEventKind;
import java.util.Arrays;
import java.util.Optional;

/** The event types a webhook subscribes to, as they are named on the wire ("ticket.created"). */
public enum WebhookEventType {
    TICKET_CREATED(TicketEventKind.CREATED),
    TICKET_UPDATED(TicketEventKind.UPDATED),
    TICKET_COMMENTED(TicketEventKind.COMMENTED),
    TICKET_STATUS_CHANGED(TicketEventKind.STATUS_CHANGED),
    TICKET_PARTICIPANTS_CHANGED(TicketEventKind.PARTICIPANTS_CHANGED);

    private final TicketEventKind kind;

    WebhookEventType(TicketEventKind kind) {
        this.kind = kind;
    }

    public String wire() {
        return "ticket." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<WebhookEventType> ofWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(wire)).findFirst();
    }

    public static WebhookEventType of(TicketEventKind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).findFirst().orElseThrow();
    }
}
