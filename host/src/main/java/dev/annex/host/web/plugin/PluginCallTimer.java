package dev.annex.host.web.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The clock of the plugin calls' time limits, on a thread of its own: the server's shared executor is
 * exactly what hanging plugin calls use up, and a 504 must not wait for one of its threads.
 */
@ApplicationScoped
public class PluginCallTimer {

    @Resource
    ManagedThreadFactory threads;
    private ScheduledThreadPoolExecutor timer;

    @PostConstruct
    void start() {
        timer = new ScheduledThreadPoolExecutor(1, threads);
        // A call that answers in time cancels its alarm; without this, a cancelled alarm stays queued until due.
        timer.setRemoveOnCancelPolicy(true);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    ScheduledExecutorService scheduler() {
        return timer;
    }
}
