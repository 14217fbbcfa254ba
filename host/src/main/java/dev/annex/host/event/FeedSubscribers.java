package dev.annex.host.event;

import dev.annex.plugin.api.event.TicketEventKind;
import java.time.Instant;

/**
 * Consumers of the ticket event feed other than plugin listeners (webhooks): asked whether they
 * want an event, so one is recorded even when no plugin listens, and told of it in the change's
 * transaction, so what they queue commits or rolls back with the change. Implemented by packages
 * above this one, found by CDI: the feed names none of them.
 */
public interface FeedSubscribers {

    boolean wants(long tenantId, TicketEventKind kind);

    /** Called in the transaction of the change, once the event row has its id. */
    void recorded(long tenantId, long eventId, TicketEventKind kind, Instant occurredAt);
}
