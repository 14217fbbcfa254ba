package dev.annex.host.event;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.tenant.PluginWork;
import dev.annex.host.tenant.TenantRef;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import dev.annex.host.time.PollingLoop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers pending ticket events to plugin listeners, off the request thread: polled every few
 * seconds and woken after each commit that recorded events (the host's one {@link PollingLoop}). A listener that throws or runs past its time limit is
 * retried later with backoff; it never holds up the ticket change or other plugins for longer
 * than that limit.
 */
@ApplicationScoped
public class EventDispatcher {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String DROPPED = "DROPPED";
    static final String FAILED = "FAILED";
    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
    private static final int BATCH = 50;
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedExecutorService executor;

    private final DeliveryStore deliveries;
    private final PluginWork work;
    private final PluginRuntime plugins;
    private final PluginProblems problems;
    private final Duration listenerTimeout;
    private final PollingLoop loop = new PollingLoop("event delivery", POLL_INTERVAL, this::deliverDue);

    @Inject
    public EventDispatcher(DeliveryStore deliveries, PluginWork work, PluginRuntime plugins,
                           PluginProblems problems,
                           @ConfigProperty(name = "annex.events.listener-timeout", defaultValue = "PT5S")
                           Duration listenerTimeout) {
        this.deliveries = deliveries;
        this.work = work;
        this.plugins = plugins;
        this.problems = problems;
        this.listenerTimeout = listenerTimeout;
    }

    protected EventDispatcher() {
        this(null, null, null, null, Duration.ZERO);
    }

    public void start() {
        loop.start(scheduler, POLL_INTERVAL);
    }

    /** Asks for a delivery round soon, without waiting for it. */
    public void wake() {
        loop.wake();
    }

    /** After a commit that recorded events (see {@link TicketEvents}): deliver them now rather than at the next poll. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketEvents.Recorded recorded) {
        wake();
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    private void deliverDue() {
        List<DeliveryStore.Due> due;
        do {
            due = deliveries.due(BATCH);
            due.forEach(this::deliver);
        } while (due.size() == BATCH);
    }

    private void deliver(DeliveryStore.Due due) {
        // Held for the listener's time limit and a margin: another node takes the row over only if
        // this one died while delivering it.
        if (!deliveries.claim(due.deliveryId(), listenerTimeout.multipliedBy(2).plusSeconds(30))) {
            return;
        }
        Optional<PluginEntry> plugin = plugins.catalog().started(due.pluginId());
        if (plugin.isEmpty()) {
            deliveries.dropped(due.deliveryId(), "plugin is not started");
            return;
        }
        var event = due.event();
        Future<Boolean> call = executor.submit(() -> work.runFor(new TenantRef(event.tenant().id(), event.tenant().slug()),
                due.pluginId(), () -> plugin.get().listeners().forEach(listener -> listener.onTicketEvent(event))));
        try {
            boolean taken = call.get(listenerTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (taken) {
                deliveries.delivered(due.deliveryId());
            } else {
                deliveries.dropped(due.deliveryId(), "plugin is off for the tenant");
            }
        } catch (TimeoutException e) {
            call.cancel(true);
            LOG.warning(() -> "Plugin " + due.pluginId() + " listener timed out on event " + due.event().id());
            deliveries.failed(due.deliveryId(), "timed out after " + listenerTimeout);
            problems.record(due.pluginId(), "event listener timed out after " + listenerTimeout + " on event "
                    + due.event().id() + " (" + due.event().kind() + ")");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Plugin " + due.pluginId() + " listener failed on event " + due.event().id(), e.getCause());
            deliveries.failed(due.deliveryId(), String.valueOf(e.getCause()));
            problems.record(due.pluginId(), "event listener failed on event " + due.event().id() + " ("
                    + due.event().kind() + "): " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
