package dev.annex.host.web.plugin;

import dev.annex.host.web.problem.ProblemDetail;
import dev.annex.host.web.ui.SecurityHeadersFilter;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The time limit of one call into a plugin's endpoint. Armed by the plugin's door once the plugin is
 * known; when the limit passes before the plugin has answered, the caller gets a 504 problem at once,
 * the plugin's transaction is rolled back (see {@link PluginTransactionFilter}) and the thread
 * running the plugin is interrupted, so that code waiting in a sleep, a lock or an interruptible read
 * gives the thread back.
 */
final class PluginDeadline {

    static final String ATTRIBUTE = PluginDeadline.class.getName();
    private static final Logger LOG = Logger.getLogger(PluginDeadline.class.getName());

    private final DeferredResponse response;
    private final ScheduledExecutorService timer;
    private final String instance;
    private ScheduledFuture<?> alarm;
    private volatile boolean interrupted;

    PluginDeadline(DeferredResponse response, ScheduledExecutorService timer, String instance) {
        this.response = response;
        this.timer = timer;
        this.instance = instance;
    }

    /** The deadline of the request being served, or null outside a tenant's API. */
    static PluginDeadline of(HttpServletRequest request) {
        return (PluginDeadline) request.getAttribute(ATTRIBUTE);
    }

    /** Starts the clock for a call into {@code pluginId} on the current thread. */
    synchronized void arm(String pluginId, Duration limit) {
        if (alarm != null) {
            return;
        }
        response.defer();
        Thread caller = Thread.currentThread();
        alarm = timer.schedule(() -> expire(pluginId, limit, caller), limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Called before the plugin's transaction ends: from now on the plugin's answer is the one sent.
     *
     * @return false when the caller was answered 504 already, and nothing the plugin did may be kept
     */
    boolean keepAnswer() {
        return response.claim();
    }

    /** Stops the clock (the request's thread is done) and clears an interrupt this deadline set. */
    synchronized void disarm() {
        if (alarm != null) {
            alarm.cancel(false);
        }
        if (interrupted) {
            Thread.interrupted();
        }
    }

    private void expire(String pluginId, Duration limit, Thread caller) {
        String detail = "Plugin " + pluginId + " did not answer within its time limit of " + limit.toSeconds()
                + " s; whatever it changed was rolled back.";
        if (response.takeOver(real -> answer(real, detail))) {
            LOG.warning(detail + " (" + instance + ")");
            synchronized (this) {
                interrupted = true;
                caller.interrupt();
            }
        }
    }

    private void answer(HttpServletResponse real, String detail) {
        byte[] body = Json.createObjectBuilder()
                .add("type", ProblemDetail.TYPE_BASE + "plugin-timeout")
                .add("title", "Gateway Timeout")
                .add("status", 504)
                .add("detail", detail)
                .add("instance", instance)
                .add("errors", Json.createArrayBuilder())
                .build().toString().getBytes(StandardCharsets.UTF_8);
        try {
            real.reset();
            SecurityHeadersFilter.apply(real);
            real.setStatus(504);
            real.setContentType(ProblemDetail.MEDIA_TYPE);
            // The request's thread still holds this connection: the client must not send its next request on it.
            real.setHeader("Connection", "close");
            real.setContentLength(body.length);
            real.getOutputStream().write(body);
            real.flushBuffer();
        } catch (java.io.IOException | IllegalStateException e) {
            LOG.fine(() -> "The caller of " + instance + " left before its 504: " + e);
        }
    }
}
