package dev.annex.host.plugin.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The calls into plugin code that are running now, per plugin. An upgrade or an uninstall first
 * hides the plugins it will unload (new calls answer 404), then waits here until the calls that
 * already hold them have ended: unloading closes a plugin's class loader, and a call still running
 * on it fails with whatever class or resource it had not loaded yet.
 */
@ApplicationScoped
public class PluginCalls {

    private final Map<String, Integer> running = new HashMap<>();
    /** The sum of {@code running}'s counts. */
    private int total;

    /**
     * Counts a call into the plugin until the pass is closed. Enter before looking the plugin up
     * in the catalog, so that a call that finds it is always waited for.
     */
    public Pass enter(String pluginId) {
        return enter(pluginId, Integer.MAX_VALUE);
    }

    /**
     * As {@link #enter(String)}, but refused while {@code maxConcurrent} calls into the plugin are
     * running: a bulkhead, so a plugin whose calls hang holds at most that many of the server's threads
     * and the host's own endpoints and other plugins keep theirs.
     *
     * @throws PluginBusyException when the plugin is at its limit; nothing was counted
     */
    public Pass enter(String pluginId, int maxConcurrent) {
        return enter(pluginId, maxConcurrent, Integer.MAX_VALUE);
    }

    /**
     * As {@link #enter(String, int)}, and refused too while {@code maxTotal} calls into any plugins are
     * running, so that several plugins hanging at once still leave the host its threads.
     */
    public Pass enter(String pluginId, int maxConcurrent, int maxTotal) {
        synchronized (running) {
            int now = running.getOrDefault(pluginId, 0);
            if (now >= maxConcurrent) {
                throw new PluginBusyException("Plugin " + pluginId + " is answering " + maxConcurrent
                        + " calls already, its limit; nothing was done. Send the request again shortly.", pluginId);
            }
            if (total >= maxTotal) {
                throw new PluginBusyException("Plugins are answering " + maxTotal
                        + " calls already, the limit for all plugins together; nothing was done. Send the request again shortly.",
                        pluginId);
            }
            running.put(pluginId, now + 1);
            total++;
        }
        return new Pass(pluginId);
    }

    /**
     * Waits until no call into any of these plugins is running, at most {@code limit} (a call that
     * hangs must not block the operator for ever).
     *
     * @return whether they all ended in time
     */
    public boolean awaitIdle(Collection<String> pluginIds, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (running) {
            while (pluginIds.stream().anyMatch(running::containsKey)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    running.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void leave(String pluginId) {
        synchronized (running) {
            // Only a counted Pass leaves, once.
            running.computeIfPresent(pluginId, (id, count) -> count == 1 ? null : count - 1);
            total--;
            running.notifyAll();
        }
    }

    /** One running call; closing it twice counts once. */
    public final class Pass implements AutoCloseable {

        private final String pluginId;
        private boolean closed;

        private Pass(String pluginId) {
            this.pluginId = pluginId;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                leave(pluginId);
            }
        }
    }
}
