package dev.annex.plugin.api.event;

import org.pf4j.ExtensionPoint;

/**
 * Hears what happens to tickets. Events are delivered after the change has committed, only for
 * tenants that have the plugin enabled, and at least once: a listener that throws or times out is
 * called again later with the same event (same {@link TicketEvent#id()}), so make it idempotent.
 * A listener never delays or fails the change itself.
 *
 * <pre>{@code
 * @Extension
 * public class NotifyFollowers implements TicketEventListener {
 *     public void onTicketEvent(TicketEvent event) {
 *         if (event.kind() == TicketEventKind.COMMENTED) { ... }
 *     }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface TicketEventListener extends ExtensionPoint {

    void onTicketEvent(TicketEvent event);
}
