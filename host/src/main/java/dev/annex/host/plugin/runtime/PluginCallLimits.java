package dev.annex.host.plugin.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * How long one call into a plugin's endpoint may run, and how many may run at once, per plugin:
 * {@code annex.plugins.<id>.time-limit} and {@code annex.plugins.<id>.max-concurrent-calls}, else
 * {@code annex.plugins.time-limit} (30 s) and {@code annex.plugins.max-concurrent-calls} (32); all plugins
 * together at most {@code annex.plugins.max-concurrent-calls-total} (48). A plugin that hangs then costs its
 * callers a 504 and at most its own share of the server's threads.
 */
@ApplicationScoped
public class PluginCallLimits {

    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_CONCURRENT = 32;
    static final int DEFAULT_MAX_TOTAL = 48;

    /** Limits of one plugin; {@code maxConcurrentCallsTotal} is that of all plugins together. */
    public record Limits(Duration timeLimit, int maxConcurrentCalls, int maxConcurrentCallsTotal) {

        public Limits {
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("time-limit must be positive, was " + timeLimit);
            }
            if (maxConcurrentCalls < 1 || maxConcurrentCallsTotal < 1) {
                throw new IllegalArgumentException("max-concurrent-calls must be at least 1, was " + maxConcurrentCalls
                        + " (total " + maxConcurrentCallsTotal + ")");
            }
        }
    }

    static final Duration FRESH = Duration.ofSeconds(10);
    private static final int MAX_KEPT = 256;

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private Config config;

    @Inject
    public PluginCallLimits(Config config) {
        this.config = config;
    }

    protected PluginCallLimits() {
        // for CDI's proxy
    }

    /**
     * Kept a few seconds per plugin id: reading five configuration values cost every call into a
     * plugin measurably more than the host's own endpoints pay. The id comes from a URL, so what is
     * kept is bounded (a made-up id must not grow it without end), and a changed value applies within
     * {@link #FRESH}.
     */
    public Limits of(String pluginId) {
        long now = System.nanoTime();
        Kept found = kept.get(pluginId);
        if (found != null && now - found.until() < 0) {
            return found.limits();
        }
        Limits read = read(pluginId);
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(pluginId, new Kept(read, now + FRESH.toNanos()));
        return read;
    }

    private record Kept(Limits limits, long until) {
    }

    private Limits read(String pluginId) {
        Duration defaultLimit = config.getOptionalValue("annex.plugins.time-limit", Duration.class).orElse(DEFAULT_TIME_LIMIT);
        int defaultConcurrent = config.getOptionalValue("annex.plugins.max-concurrent-calls", Integer.class)
                .orElse(DEFAULT_MAX_CONCURRENT);
        return new Limits(
                config.getOptionalValue("annex.plugins." + pluginId + ".time-limit", Duration.class).orElse(defaultLimit),
                config.getOptionalValue("annex.plugins." + pluginId + ".max-concurrent-calls", Integer.class)
                        .orElse(defaultConcurrent),
                config.getOptionalValue("annex.plugins.max-concurrent-calls-total", Integer.class).orElse(DEFAULT_MAX_TOTAL));
    }
}
