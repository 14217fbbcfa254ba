package ${package};

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventKind;
import dev.annex.plugin.api.event.TicketEventListener;
import org.pf4j.Extension;

/**
 * Listens to ticket events: each comment is noted in the audit trail. Events arrive at least
 * once, after the change committed, so a listener keys its work by the event's id.
 */
@Extension
public class ${classPrefix}Events implements TicketEventListener {

    private final PluginContext plugin;

    public ${classPrefix}Events(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void onTicketEvent(TicketEvent event) {
        if (event.kind() == TicketEventKind.COMMENTED) {
            plugin.audit().record(event.tenant(), event.actorId(), "${pluginId}.commented",
                    "event " + event.id() + " on ticket " + event.ticketId());
        }
    }
}
