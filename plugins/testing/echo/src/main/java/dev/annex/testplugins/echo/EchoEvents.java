package dev.annex.testplugins.echo;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.Extension;

/**
 * Records every event per tenant. Failure fixture too: on a ticket whose subject contains
 * "explode" it throws the first time it sees an event, and on "hang" it blocks the first time.
 */
@Extension
public class EchoEvents implements TicketEventListener {

    private static final Map<String, List<String>> EVENTS = new ConcurrentHashMap<>();
    private static final Set<Long> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    private final PluginContext plugin;

    public EchoEvents(PluginContext plugin) {
        this.plugin = plugin;
    }

    static List<String> events(String tenant) {
        return List.copyOf(EVENTS.getOrDefault(tenant, List.of()));
    }

    @Override
    public void onTicketEvent(TicketEvent event) {
        String subject = plugin.helpDesk().ticket(event.tenant(), event.ticketId()).map(t -> t.subject()).orElse("");
        if (subject.contains("explode") && FAILED_ONCE.add(event.id())) {
            throw new IllegalStateException("echo listener fails once on purpose");
        }
        if (subject.contains("hang") && FAILED_ONCE.add(event.id())) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        EVENTS.computeIfAbsent(event.tenant().slug(), t -> Collections.synchronizedList(new ArrayList<>()))
                .add(event.kind() + ":" + event.ticketId());
    }
}
